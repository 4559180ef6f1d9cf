// Search, for a served site: runs Pagefind in the page and lists what it finds. The page reads
// and works without it (its form simply reloads the page); every word shown comes from the page.
// A classic script, not a module: a browser runs it for a page opened from a folder too, where it
// can only say why search cannot work there.
(() => {
  const box = document.getElementById("search-results");
  const select = document.getElementById("search-reader");
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") || "").trim();
  const reader = params.get("reader") || "";
  document.getElementById("search-q").value = query;
  select.value = reader;

  // The site's own address, found from this page wherever the site is served: at a server's
  // root or in a folder of it (https://school.example/handbook/).
  const site = new URL(box.dataset.pagefindRoot, location.href);

  // Each reader's pages are in their own folder, named by the options of the reader list.
  const folders = [...select.options].filter((option) => option.value).map((option) => [option.value, option.text]);
  const readerOf = (path) => (folders.find(([folder]) => path.startsWith(folder)) || ["", ""])[1];

  // Pagefind gives each page's address from the server's root, the site's folder included; the
  // filter and the reader labels need it from the site's own folder.
  function sitePath(url) {
    const address = new URL(url, site).href;
    return address.startsWith(site.href) ? address.slice(site.href.length) : "";
  }

  function text(tag, content, className) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
  }

  function say(words) {
    box.replaceChildren(text("p", words));
  }

  async function run() {
    if (location.protocol === "file:") {
      say(box.dataset.needsServer);
      return;
    }
    if (!query) return;
    let pagefind;
    try {
      pagefind = await import(new URL("pagefind/pagefind.js", site).href);
    } catch {
      say(box.dataset.unavailable);
      return;
    }
    const search = await pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, 200).map((result) => result.data()));
    const results = found
      .map((result) => ({ ...result, path: sitePath(result.url) }))
      .filter((result) => result.path && (!reader || result.path.startsWith(reader)))
      .slice(0, 30);
    if (results.length === 0) {
      say(box.dataset.none);
      return;
    }
    box.replaceChildren(text("p", results.length === 1 ? box.dataset.countOne : `${results.length} ${box.dataset.countMany}`));
    const list = document.createElement("ol");
    list.className = "search-list";
    for (const result of results) {
      const item = document.createElement("li");
      // The same policy is found on several readers' pages: each link names whose page it is.
      const name = readerOf(result.path);
      const title = result.meta.title || result.path;
      const link = text("a", name ? `${title} – ${name}` : title);
      link.href = new URL(result.path, site).href;
      item.append(link);
      if (name) item.append(text("p", name, "search-reader"));
      // The excerpt marks the words found; only its text is shown.
      const excerpt = document.createElement("p");
      excerpt.textContent = result.excerpt.replace(/<[^>]*>/g, "");
      item.append(excerpt);
      list.append(item);
    }
    box.append(list);
  }

  run();
})();
