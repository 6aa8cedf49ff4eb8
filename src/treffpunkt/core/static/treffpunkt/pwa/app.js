/* Treffpunkt as an installable web app: registers the service worker, shows the offline state,
   and keeps saved offers on this device. Pages work the same without it. */
(() => {
  "use strict";
  const t = document.currentScript.dataset;
  const KEY = "treffpunkt.saved";
  const SAVED = "treffpunkt-saved"; // the service worker's cache of saved offers' pages

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register(t.worker, { scope: "/" }).catch(() => {});
  }

  /* Offline state */
  const copy = document.documentElement.dataset.offlineCopy;
  let banner;

  function showBanner(text, reload) {
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "offline-banner";
      banner.setAttribute("role", "status");
      const header = document.querySelector(".site-header");
      header ? header.after(banner) : document.body.prepend(banner);
    }
    banner.hidden = false;
    banner.textContent = text + " ";
    if (reload) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "link-button";
      button.textContent = t.reload;
      button.addEventListener("click", () => location.reload());
      banner.append(button);
    } else if (copy) {
      const time = document.createElement("time");
      const saved = new Date(copy);
      if (!isNaN(saved)) {
        time.dateTime = saved.toISOString();
        time.textContent = saved.toLocaleString(document.documentElement.lang, {
          dateStyle: "medium",
          timeStyle: "short",
        });
        banner.append(time);
      }
    }
  }

  function showState(online) {
    if (copy) showBanner(online ? t.online : t.offlineCopy, online);
    else if (!online) showBanner(t.offline);
    else if (banner) banner.hidden = true;
  }

  addEventListener("online", () => showState(true));
  addEventListener("offline", () => showState(false));
  if (copy || !navigator.onLine) showState(false);

  /* Saved offers: [{id, title, lang, url, saved}] in localStorage, pages in the worker's cache */
  function savedOffers() {
    try {
      return JSON.parse(localStorage.getItem(KEY)) || [];
    } catch (error) {
      return [];
    }
  }

  function storageWorks() {
    try {
      return Boolean(window.localStorage);
    } catch (error) {
      return false; // switched off: reading it throws
    }
  }

  function keep(offers) {
    try {
      localStorage.setItem(KEY, JSON.stringify(offers));
      return true;
    } catch (error) {
      return false; // storage switched off or full: nothing changes
    }
  }

  function withCache(action) {
    if ("caches" in window) caches.open(SAVED).then(action).catch(() => {});
  }

  function removeOffer(id) {
    const offers = savedOffers();
    const gone = offers.filter((offer) => offer.id === id);
    if (!keep(offers.filter((offer) => offer.id !== id))) return false;
    withCache((cache) => gone.forEach((offer) => cache.delete(offer.url)));
    navLink();
    return true;
  }

  function navLink() {
    const nav = document.querySelector(".main-nav ul");
    if (!nav) return;
    const count = savedOffers().length;
    let item = document.getElementById("saved-offers-nav");
    if (!count) return item && item.remove();
    if (!item) {
      item = document.createElement("li");
      item.id = "saved-offers-nav";
      item.append(document.createElement("a"));
      nav.insertBefore(item, nav.children[4] || null);
    }
    const link = item.firstChild;
    link.href = t.savedUrl;
    link.textContent = `${t.savedLabel} (${count})`;
    if (location.pathname === t.savedUrl) link.setAttribute("aria-current", "page");
  }

  function saveButton(id, heading) {
    const box = document.createElement("div");
    box.className = "save-offer";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary";
    button.textContent = t.save;
    const note = document.createElement("p");
    note.className = "meta";
    note.setAttribute("role", "status");
    const isSaved = () => savedOffers().some((offer) => offer.id === id);
    button.setAttribute("aria-pressed", isSaved());
    button.addEventListener("click", () => {
      const saving = !isSaved();
      if (saving) {
        const offer = {
          id,
          title: heading.textContent.trim(),
          lang: heading.lang,
          url: location.pathname,
          saved: new Date().toISOString(),
        };
        if (!keep([offer, ...savedOffers()])) return;
        withCache((cache) => cache.addAll([offer.url, t.savedUrl]));
        navLink();
      } else if (!removeOffer(id)) return;
      button.setAttribute("aria-pressed", saving);
      note.textContent = saving ? t.saved : t.removed;
    });
    box.append(button, note);
    (heading.closest("header") || heading.parentElement).append(box);
  }

  function renderSavedList(list) {
    const template = document.getElementById("saved-offer-template");
    const offers = savedOffers();
    list.replaceChildren(
      ...offers.map((offer) => {
        const item = template.content.firstElementChild.cloneNode(true);
        const link = item.querySelector("a");
        link.href = offer.url;
        link.textContent = offer.title;
        if (offer.lang) link.lang = offer.lang;
        item.querySelector(".visually-hidden").textContent = " " + offer.title;
        item.querySelector("button").addEventListener("click", () => {
          const next = item.nextElementSibling || item.previousElementSibling;
          if (!removeOffer(offer.id)) return;
          item.remove();
          showEmpty(list);
          (next ? next.querySelector("button") : document.querySelector("main h1")).focus();
        });
        return item;
      })
    );
    showEmpty(list);
    // Copies lost (storage cleared by the browser) are fetched again while online.
    if (navigator.onLine) {
      withCache((cache) =>
        offers.forEach((offer) => cache.match(offer.url).then((hit) => hit || cache.add(offer.url)))
      );
    }
  }

  function showEmpty(list) {
    list.hidden = !list.children.length;
    document.getElementById("saved-offers-empty").hidden = !list.hidden;
  }

  const match = new RegExp(t.offerPattern).exec(location.pathname);
  const heading = document.querySelector("main h1");
  if (match && heading && storageWorks()) saveButton(match[1], heading);
  const list = document.getElementById("saved-offers");
  if (list) renderSavedList(list);
  navLink();
})();
