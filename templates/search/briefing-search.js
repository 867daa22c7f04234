// The front page's search box: what the reader types is looked up in the site's Pagefind index,
// which build writes beside this script (out/pagefind/). Everything it loads is under that folder.
// Without script the box stays hidden and the pages work in full; opened from disk (file://) the
// browser allows no fetch, so the box stays hidden there too.
(() => {
  "use strict";
  const script = document.currentScript;
  const box = document.querySelector(".site-search");
  if (!box || !script || location.protocol === "file:") {
    return;
  }

  const bundle = new URL(".", script.src);
  const form = box.querySelector("form");
  const input = box.querySelector("input[type=search]");
  const status = box.querySelector(".search-status");
  const list = box.querySelector(".search-results");
  const han = /\p{Script=Han}/u;
  let pagefind = null;
  let shown = 0;

  // The messages are the partial's, in both languages: this script holds no text of its own.
  const say = (name, count) => {
    status.replaceChildren();
    for (const [lang, key] of [["zh-CN", name + "Zh"], ["en", name + "En"]]) {
      const part = document.createElement("span");
      part.lang = lang;
      part.textContent = (box.dataset[key] ?? "").replace("{n}", String(count ?? ""));
      status.append(part, " ");
    }
  };

  const load = async () => {
    pagefind ??= import(new URL("pagefind.js", bundle).href).then(async (module) => {
      await module.init();
      return module;
    });
    return pagefind;
  };

  // Pagefind marks the words found with <mark>. Only text and those marks are kept: the excerpt is
  // parsed in an inert template, so nothing in it can run or load.
  const excerpt = (html) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    const out = document.createElement("p");
    out.className = "search-excerpt";
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.append(mark);
      } else {
        out.append(node.textContent ?? "");
      }
    }
    return out;
  };

  // A query in Chinese opens the Chinese view, one without a Chinese character the English view (#en):
  // the page holds both, and the words found are in the language they were typed in.
  const entry = (data, chinese) => {
    const item = document.createElement("li");
    item.lang = chinese ? "zh-CN" : "en";
    const link = document.createElement("a");
    // Pagefind's URLs start from the folder above its own, wherever the intranet puts the site (/briefings/id/index.html).
    const url = new URL(data.url, location.href);
    url.hash = chinese ? "" : "en";
    link.href = url.href;
    link.textContent = chinese ? data.meta.title : (data.meta.title_en ?? data.meta.title);
    const title = document.createElement("p");
    title.className = "search-title";
    title.append(link);
    item.append(title, excerpt(data.excerpt));
    return item;
  };

  // Chinese has no spaces between words, and the browser cuts a query into words otherwise than
  // Pagefind cut the pages (数字化 into 数字 and 化): each run of Chinese is looked up as a phrase,
  // whose words must follow one another, so that 数字化 never finds a page that only has 数字.
  // The English words of a query are looked up as Pagefind does (each word, its stem and its
  // prefix); a briefing is found when it matches every part.
  const find = async (pagefind, query) => {
    const parts = query.trim().split(/\s+/);
    const latin = parts.filter((part) => !han.test(part)).join(" ");
    const lookups = parts.filter((part) => han.test(part)).map((part) => `"${part.replaceAll('"', "")}"`);
    if (latin !== "") {
      lookups.push(latin);
    }

    const answers = await Promise.all(lookups.map((lookup) => pagefind.search(lookup)));
    const [first, ...rest] = answers.map((answer) => answer.results);
    const inAll = rest.map((results) => new Set(results.map((result) => result.id)));
    return first.filter((result) => inAll.every((ids) => ids.has(result.id)));
  };

  const search = async (query) => {
    const asked = ++shown;
    if (query.trim() === "") {
      list.replaceChildren();
      status.replaceChildren();
      return;
    }

    try {
      const found = await find(await load(), query);
      const results = await Promise.all(found.slice(0, 20).map((result) => result.data()));
      // A later query answered first: this one is no longer what the box says.
      if (asked !== shown) {
        return;
      }

      const chinese = han.test(query);
      list.replaceChildren(...results.map((data) => entry(data, chinese)));
      if (results.length === 0) {
        say("none");
      } else {
        say("found", found.length);
      }
      // What the results shown answer, for a reader of the page's state (and the tests) to check.
      list.dataset.query = query;
    } catch {
      if (asked === shown) {
        list.replaceChildren();
        say("unavailable");
      }
    }
  };

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value), 200);
  });
  // The query goes into the URL (?q=…), so that a search can be sent to a colleague.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.replaceState(null, "", url);
    search(input.value);
  });

  box.hidden = false;
  const asked = new URL(location.href).searchParams.get("q");
  if (asked) {
    input.value = asked;
    search(asked);
  }
})();
