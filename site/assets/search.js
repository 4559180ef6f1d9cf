// Search, for a served site: runs Pagefind in the page and lists what it finds. The page reads
// and works without it (its form simply reloads the page); every word shown comes from the page.
const box = document.getElementById("search-results");
const select = document.getElementById("search-reader");
const params = new URLSearchParams(location.search);
const query = (params.get("q") || "").trim();
const reader = params.get("reader") || "";
document.getElementById("search-q").value = query;
select.value = reader;

// Each reader's pages are in their own folder, named by the options of the reader list.
const folders = [...select.options].filter((option) => option.value).map((option) => [option.value, option.text]);
const readerOf = (path) => (folders.find(([folder]) => path.startsWith(folder)) || ["", ""])[1];

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

async function run() {
  if (!query) return;
  const root = box.dataset.pagefindRoot;
  const pagefind = await import(root + "pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const found = await Promise.all(search.results.slice(0, 200).map((result) => result.data()));
  const results = found
    .map((result) => ({ ...result, path: result.url.replace(/^\//, "") }))
    .filter((result) => !reader || result.path.startsWith(reader))
    .slice(0, 30);
  box.replaceChildren();
  if (results.length === 0) {
    box.append(text("p", box.dataset.none));
    return;
  }
  box.append(text("p", results.length === 1 ? box.dataset.countOne : `${results.length} ${box.dataset.countMany}`));
  const list = document.createElement("ol");
  list.className = "search-list";
  for (const result of results) {
    const item = document.createElement("li");
    const link = text("a", result.meta.title || result.path);
    link.href = root + result.path;
    item.append(link);
    const name = readerOf(result.path);
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
