// Search, for a served site: runs Pagefind in the page and lists what it finds. The page reads
// and works without it (its form simply reloads the page); every word shown comes from the page.
// A classic script, not a module: a browser runs it for a page opened from a folder too, where it
// can only say why search cannot work there.
(() => {
  const box = document.getElementById("search-results");
  // A search page in a family's language has no reader list: it searches the pages in its
  // language, which Pagefind picks by the page's own `lang`.
  const select = document.getElementById("search-reader");
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") || "").trim();
  const reader = select ? params.get("reader") || "" : "";
  document.getElementById("search-q").value = query;
  if (select) select.value = reader;

  // The site's own address, found from this page wherever the site is served: at a server's
  // root or in a folder of it (https://school.example/handbook/).
  const site = new URL(box.dataset.pagefindRoot, location.href);

  // Each reader's pages are in their own folder, named by the options of the reader list.
  const folders = [...(select ? select.options : [])].filter((option) => option.value).map((option) => [option.value, option.text]);
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

  // One of the page's own lines, by its name; in English where the school gave no words in the
  // page's language, which the page says with a `…-lang` beside it.
  function line(name, prefix) {
    const element = text("p", prefix ? `${prefix} ${box.dataset[name]}` : box.dataset[name]);
    const lang = box.dataset[name + "Lang"];
    if (lang) element.lang = lang;
    return element;
  }

  function say(name) {
    box.replaceChildren(line(name));
  }

  async function run() {
    if (location.protocol === "file:") {
      say("needsServer");
      return;
    }
    if (!query) return;
    let pagefind;
    try {
      pagefind = await import(new URL("pagefind/pagefind.js", site).href);
    } catch {
      say("unavailable");
      return;
    }
    const search = await pagefind.search(query);
    const found = await Promise.all(search.results.slice(0, 200).map((result) => result.data()));
    const results = found
      .map((result) => ({ ...result, path: sitePath(result.url) }))
      .filter((result) => result.path && (!reader || result.path.startsWith(reader)))
      .slice(0, 30);
    if (results.length === 0) {
      say("none");
      return;
    }
    box.replaceChildren(results.length === 1 ? line("countOne") : line("countMany", results.length));
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
