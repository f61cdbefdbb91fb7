// The analyst page of `kg serve`. Every request goes to this server: the queries
// behind the views come from /views.json and run on /sparql with a row cap.
"use strict";

const ENDPOINT = new URL("sparql", location.href).href;
const EXPAND = 12; // actors' events added per click in the story graph
const MAX_ARTICLES_SHOWN = 12; // articles shown with their text for one node
const TYPE_COLOURS = {
  Assault: "#c0392b", Coerce: "#e67e22", Threaten: "#d35400", Protest: "#b7950b", Sanction: "#8e44ad",
  Mobilize: "#34495e", Accuse: "#e84393", Reject: "#6c5ce7", Request: "#0984e3", Consult: "#00a8a8",
  Agree: "#00b894", Support: "#27ae60", Concede: "#16a085", Cooperate: "#1abc9c", Aid: "#2e86de",
  Retreat: "#95a5a6", Statement: "#7f8c8d",
};
// General-news classes PLOVER codes no category for (a death, a fire…): colours of their own.
const OTHER_COLOURS = { Die: "#4a4a4a", Injure: "#a04000", Explosion: "#7b241c", Disaster: "#6e2c00", Fire: "#ba4a00",
  Accident: "#873600" };
const OTHER_COLOUR = "#7f8c8d";
const KIND_SHAPES = { Person: "ellipse", Organization: "round-rectangle", Group: "hexagon", Country: "diamond" };

let views = {};
let classes = {}; // event class → { ancestors, plover } (/event-classes.json)
let story = ""; // "" = the whole graph, else a kg:Story IRI
const mainEvents = new Map(); // story IRI → its main event
const loaded = {}; // view name → the story it was last drawn for

// -- talking to the endpoint ------------------------------------------------------------

function iri(value) {
  if (/[<>"{}|^`\\\s]/.test(value)) throw new Error(`not an IRI: ${value}`);
  return `<${value}>`;
}

function literal(text) {
  return JSON.stringify(String(text));
}

function bind(query, name, term) {
  const block = new RegExp(`VALUES\\s+\\?${name}\\s*\\{[^}]*\\}`);
  if (!block.test(query)) throw new Error(`the view query has no parameter ${name}`);
  return query.replace(block, `VALUES ?${name} { ${term} }`);
}

async function sparql(query, maxRows) {
  const body = new URLSearchParams({ query });
  if (maxRows !== undefined) body.set("kg-max-rows", String(maxRows));
  const response = await fetch(ENDPOINT, {
    method: "POST", body,
    headers: { Accept: "application/sparql-results+json" },
  });
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);
  const json = await response.json();
  const rows = json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  return { rows, truncated: response.headers.get("X-KG-Truncated") === "true" };
}

async function runView(name, params = {}) {
  let query = views[name].query;
  for (const [key, term] of Object.entries(params)) query = bind(query, key, term);
  return sparql(query, views[name].maxRows);
}

let everyFactuality = false; // the "not only asserted" box: also negated, possible, future and denied events

function storyParams() {
  return { ...(story ? { story: iri(story) } : {}), ...(everyFactuality ? { asserted: "false" } : {}) };
}

// What a view was last drawn for: the story and the factuality box.
function scope() {
  return `${story} ${everyFactuality}`;
}

function showError(error) {
  const box = document.getElementById("error");
  box.textContent = String(error.message || error);
  box.hidden = false;
}

// -- event classes ----------------------------------------------------------------------

// An event typed kg:Kill, kg:Die, kg:Assault is shown as a Kill: the class none of its other classes specialises.
function mostSpecific(types) {
  const names = (types || "").split(" ").filter(Boolean);
  const ancestors = new Set(names.flatMap((n) => (classes[n] ? classes[n].ancestors : [])));
  const kept = names.filter((n) => !ancestors.has(n)).sort();
  return kept[0] || names.sort()[0] || "Event";
}

function colourOf(type) {
  const plover = classes[type] ? classes[type].plover : (TYPE_COLOURS[type] ? type : null);
  return TYPE_COLOURS[plover] || OTHER_COLOURS[type] || OTHER_COLOUR;
}

// -- small DOM helpers ------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function nodeLink(value, label) {
  if (!value) return label || "";
  return el("a", { class: "node", title: value, onclick: () => openNode(value) }, label || shortName(value));
}

function shortName(value) {
  return decodeURIComponent(value.replace(/^.*[/#]/, ""));
}

// -- tabs -------------------------------------------------------------------------------

const renderers = {
  questions: showQuestions, story: showStory, timeline: showTimeline, claims: showClaims, node: () => {},
};

function show(view) {
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const button of document.querySelectorAll("nav button")) {
    button.setAttribute("aria-selected", String(button.dataset.view === view));
  }
  if (location.hash.slice(1).split("=")[0] !== view) history.replaceState(null, "", `#${view}`);
  Promise.resolve(renderers[view]()).catch(showError);
}

// -- Questions: the shipped queries in YASGUI -------------------------------------------

let yasgui = null;

function pinEndpoint(tab) {
  if (tab && tab.getEndpoint() !== ENDPOINT) tab.setEndpoint(ENDPOINT);
}

async function showQuestions() {
  if (yasgui) return;
  // No look-ups off the machine and nothing kept in the browser: only the variable completer
  // (prefix, property and class completers fetch or store lists), and no persistence.
  Yasgui.defaults.requestConfig.endpoint = ENDPOINT;
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    yasqe: { autocompleters: ["variables"], persistenceId: null },
    yasr: { persistenceId: null, prefixes: {} },
  });
  pinEndpoint(yasgui.getTab());
  yasgui.on("tabAdd", (_, id) => pinEndpoint(yasgui.getTab(id)));
  yasgui.on("tabSelect", (_, id) => setTimeout(() => pinEndpoint(yasgui.getTab(id))));
  yasgui.on("query", (_, tab) => pinEndpoint(tab));
  const response = await fetch("questions.json");
  const questions = await response.json();
  const list = document.getElementById("question-list");
  for (const question of questions) {
    const params = Object.entries(question.params).map(([name, doc]) => `${name}: ${doc}`).join("; ");
    list.append(el("li", {},
      el("a", { "data-query": question.name, onclick: () => runQuestion(question) }, question.question),
      params ? el("div", { class: "hint" }, `parameters (edit the VALUES block) — ${params}`) : null));
  }
}

function runQuestion(question) {
  const tab = yasgui.getTab();
  pinEndpoint(tab);
  tab.setName(question.name);
  tab.setQuery(question.query);
  tab.query();
}

// -- Story: actors and who did what to whom ---------------------------------------------

let cy = null;
const expanded = new Map(); // actor IRI → { rows, shown }

function actorElement(id, label, kind) {
  return { group: "nodes", data: { id, label: label || shortName(id), kind: kind || "Actor" } };
}

function edgeElement(row) {
  const type = mostSpecific(row.types);
  return {
    group: "edges",
    classes: [row.event === mainEvents.get(story) ? "main" : "", row.factuality && row.factuality !== "Asserted" ? "unasserted" : ""].join(" ").trim(),
    data: {
      id: `${row.event} ${row.agent} ${row.target}`, event: row.event, source: row.agent, target: row.target,
      label: `${type}: ${row.trigger}${row.factuality && row.factuality !== "Asserted" ? ` (${row.factuality})` : ""}`,
      type, types: row.types, factuality: row.factuality || "Asserted", colour: colourOf(type),
    },
  };
}

// Was a view cut, at its row cap or at the LIMIT inside its query (count: the events or claims kept)?
function cut(name, truncated, count) {
  return truncated || (views[name].limit !== null && count >= views[name].limit);
}

function addRows(rows) {
  const elements = [];
  for (const row of rows) {
    if (cy.getElementById(row.agent).empty()) elements.push(actorElement(row.agent, row.agentLabel, row.agentKind));
    if (cy.getElementById(row.target).empty()) elements.push(actorElement(row.target, row.targetLabel, row.targetKind));
    const edge = edgeElement(row);
    if (cy.getElementById(edge.data.id).empty()) elements.push(edge);
  }
  const seen = new Set();
  return cy.add(elements.filter((e) => !seen.has(e.data.id) && seen.add(e.data.id)));
}

function layout(fit = true) {
  cy.layout({
    name: "cose", animate: false, fit, padding: 40, randomize: false, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 60000, idealEdgeLength: () => 90, nodeOverlap: 20, componentSpacing: 60, gravity: 60,
  }).run();
}

async function showStory() {
  if (loaded.story === scope()) return;
  loaded.story = scope();
  expanded.clear();
  if (!cy) {
    cy = cytoscape({
      container: document.getElementById("cy"),
      style: [
        { selector: "node", style: {
          label: "data(label)", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "#3b4a6b", width: 22, height: 22, shape: (n) => KIND_SHAPES[n.data("kind")] || "ellipse",
        } },
        { selector: "node.more", style: { "background-color": "#dfe4ee", shape: "round-rectangle", width: 60, "font-size": 10,
          "text-valign": "center", "text-margin-y": 0, color: "#1f4fa8" } },
        { selector: "node:selected", style: { "background-color": "#f39c12" } },
        { selector: "edge", style: {
          label: "data(label)", "font-size": 11, "curve-style": "bezier", "target-arrow-shape": "triangle", width: 2,
          "line-color": "data(colour)", "target-arrow-color": "data(colour)", color: "#333", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
        } },
        { selector: "edge.unasserted", style: { "line-style": "dashed", "font-style": "italic" } },
        { selector: "edge.main", style: { width: 6, "underlay-color": "#f1c40f", "underlay-opacity": 0.6,
          "underlay-padding": 5, "font-weight": "bold", "z-index": 10 } },
        { selector: "edge.more", style: { "line-style": "dashed", "line-color": "#b8c0cf", "target-arrow-shape": "none", label: "" } },
      ],
    });
    cy.on("tap", "node", (event) => tapNode(event.target).catch(showError));
    cy.on("tap", "edge", (event) => { if (event.target.data("event")) showEvent(event.target.data()); });
    drawLegend();
  }
  cy.elements().remove();
  const status = document.getElementById("story-status");
  status.textContent = "loading…";
  const { rows, truncated } = await runView("story-edges", storyParams());
  addRows(rows);
  layout();
  const events = new Set(rows.map((r) => r.event)).size;
  const main = story ? mainEvents.get(story) : null;
  status.textContent = `${cy.nodes().length} actors, ${events} ${everyFactuality ? "" : "asserted "}events with an agent and a target` +
    (cut("story-edges", truncated, events) ? ` (the ${events} most reported; click an actor to expand)` : "") +
    (main && cy.edges("edge.main").empty() ? "; the main event has no agent and target to draw" : "");
  if (main && !cy.edges("edge.main").empty()) showEvent(cy.edges("edge.main").first().data());
}

// PLOVER categories with the general-news classes they take in, then the classes PLOVER does not code.
function drawLegend() {
  const under = new Map();
  for (const [name, info] of Object.entries(classes)) {
    if (info.plover && info.plover !== name) under.set(info.plover, [...(under.get(info.plover) || []), name]);
  }
  const items = Object.entries(TYPE_COLOURS).map(([type, colour]) => el("span", {}, el("i", { style: `background:${colour}` }),
    type, under.has(type) ? el("small", {}, ` (${under.get(type).sort().join(", ")})`) : null));
  const others = Object.entries(classes).filter(([name, info]) => !info.plover && name !== "Statement").map(([name]) => name).sort();
  for (const name of others) items.push(el("span", {}, el("i", { style: `background:${colourOf(name)}` }), name));
  items.push(el("span", {}, el("i", { class: "main-swatch" }), "the story's main event"));
  document.getElementById("story-legend").replaceChildren(...items);
}

async function tapNode(node) {
  if (node.hasClass("more")) {
    const actor = node.data("actor");
    node.remove();
    revealMore(actor);
    return;
  }
  const id = node.id();
  showActor(node);
  if (!expanded.has(id)) {
    const { rows } = await runView("neighbours", { node: iri(id), ...storyParams() });
    expanded.set(id, { rows: rows.filter((row) => cy.getElementById(`${row.event} ${row.agent} ${row.target}`).empty()), shown: 0 });
    revealMore(id);
  }
}

function revealMore(actor) {
  const state = expanded.get(actor);
  const next = state.rows.slice(state.shown, state.shown + EXPAND);
  state.shown += next.length;
  addRows(next);
  const left = state.rows.length - state.shown;
  if (left > 0) {
    cy.add([
      { group: "nodes", classes: "more", data: { id: `more ${actor}`, actor, label: `${left} more` } },
      { group: "edges", classes: "more", data: { id: `more-edge ${actor}`, source: actor, target: `more ${actor}` } },
    ]);
  }
  if (next.length || left > 0) layout(false);
}

function showActor(node) {
  document.getElementById("story-detail").replaceChildren(
    el("h3", {}, node.data("label")),
    el("p", {}, node.data("kind")),
    el("p", {}, nodeLink(node.id(), "Labels, country, sector and every mention →")));
}

function showEvent(data) {
  const detail = document.getElementById("story-detail");
  const also = (data.types || "").split(" ").filter((t) => t && t !== data.type).sort();
  detail.replaceChildren(
    el("h3", {}, data.label),
    data.event === mainEvents.get(story) ? el("p", { class: "main-note" }, "The main event of this story") : null,
    also.length ? el("p", { class: "hint" }, `also typed ${also.join(", ")}`) : null,
    el("p", { class: "factuality" }, `factuality: ${data.factuality || "Asserted"}`),
    el("p", {}, nodeLink(data.source, cy.getElementById(data.source).data("label")), " → ",
      nodeLink(data.target, cy.getElementById(data.target).data("label"))),
    el("p", {}, nodeLink(data.event, "The event and its evidence in the articles →")));
}

// -- Timeline ---------------------------------------------------------------------------

let timeline = null;
let timelineRows = [];

async function showTimeline() {
  if (loaded.timeline === scope()) return;
  loaded.timeline = scope();
  const status = document.getElementById("timeline-status");
  status.textContent = "loading…";
  const { rows, truncated } = await runView("timeline", storyParams());
  timelineRows = rows.map((r) => ({ ...r, type: mostSpecific(r.types), typeList: r.types.split(" ") }));
  const types = [...new Set(timelineRows.flatMap((r) => r.typeList))].sort();
  const actors = new Map();
  for (const row of rows) {
    const ids = row.actors ? row.actors.split(" ") : [];
    const labels = row.actorLabels ? row.actorLabels.split(", ") : [];
    ids.forEach((id, i) => actors.set(id, labels[i] || shortName(id)));
  }
  const typeSelect = document.getElementById("timeline-type");
  typeSelect.replaceChildren(el("option", { value: "" }, "all"), ...types.map((t) => el("option", { value: t }, t)));
  const actorSelect = document.getElementById("timeline-actor");
  actorSelect.replaceChildren(el("option", { value: "" }, "all"),
    ...[...actors].sort((a, b) => a[1].localeCompare(b[1])).map(([id, label]) => el("option", { value: id }, label)));
  if (!timeline) {
    timeline = new vis.Timeline(document.getElementById("timeline"), new vis.DataSet([]), {
      stack: true, zoomable: true, orientation: "top", maxHeight: "75vh", margin: { item: 4 },
      timeAxis: { scale: "day", step: 1 }, format: { minorLabels: { day: "ddd D" }, majorLabels: { day: "MMMM YYYY" } },
    });
    timeline.on("select", ({ items }) => { if (items.length) openNode(items[0]); });
    typeSelect.addEventListener("change", drawTimeline);
    actorSelect.addEventListener("change", drawTimeline);
  }
  drawTimeline();
  status.textContent = `${rows.length} dated ${everyFactuality ? "" : "asserted "}events` +
    (cut("timeline", truncated, rows.length) ? ` (the ${rows.length} most reported; choose a story for the rest)` : "");
}

function nextDay(date) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function drawTimeline() {
  const type = document.getElementById("timeline-type").value;
  const actor = document.getElementById("timeline-actor").value;
  const items = timelineRows
    .filter((r) => (!type || r.typeList.includes(type)) && (!actor || (r.actors || "").split(" ").includes(actor)))
    .map((r) => ({
      id: r.event, start: r.date, end: nextDay(r.date), type: "range",
      content: `${r.type}: ${r.trigger}${r.factuality !== "Asserted" ? ` (${r.factuality})` : ""}${r.actorLabels ? ` — ${r.actorLabels}` : ""}`,
      title: `${r.typeList.sort().join(", ")} (${r.articles} article${r.articles === "1" ? "" : "s"})`,
      style: `border-color:${colourOf(r.type)}; border-left-width:5px`,
    }));
  timeline.setItems(new vis.DataSet(items));
  if (items.length) timeline.fit({ animation: false });
}

// -- Claims -----------------------------------------------------------------------------

async function showClaims() {
  if (loaded.claims === scope()) return;
  loaded.claims = scope();
  const { rows, truncated } = await runView("claims", story ? { story: iri(story) } : {}); // figures have no factuality
  const byClaim = new Map(rows.map((r) => [r.claim, r]));
  const tbody = document.querySelector("#claims-table tbody");
  tbody.replaceChildren(...rows.map((r) => el("tr", { "data-claim": r.claim },
    el("td", {}, nodeLink(r.claim, r.measure)),
    el("td", {}, Number(r.value).toLocaleString("en")),
    el("td", {}, r.approximation),
    el("td", {}, nodeLink(r.affected, r.affectedLabel)),
    el("td", {}, nodeLink(r.says, r.saysLabel)),
    el("td", {}, r.sources),
    el("td", {}, r.date || ""))));
  const pairs = [];
  for (const row of rows) {
    for (const other of (row.conflicts || "").split(" ").filter(Boolean)) {
      if (row.claim < other) pairs.push([row, byClaim.get(other) || { claim: other }]);
    }
  }
  const conflicts = document.getElementById("conflicts");
  conflicts.replaceChildren(...pairs.map(([a, b]) => el("div", { class: "conflict" },
    claimCard(a), el("span", { class: "versus" }, "vs"), claimCard(b))));
  if (!pairs.length) conflicts.append(el("p", { class: "hint" }, "No conflicting figures."));
  document.getElementById("claims-status").textContent = `${rows.length} figures, ${pairs.length} conflicts` +
    (cut("claims", truncated, rows.length) ? ` (conflicting and most reported first; choose a story for the rest)` : "");
}

function claimCard(row) {
  if (!row.measure) return el("div", { class: "claim" }, nodeLink(row.claim), " (outside this story)");
  return el("div", { class: "claim", "data-claim": row.claim },
    el("div", { class: "figure" }, `${row.measure}: ${row.approximation === "Exact" ? "" : row.approximation + " "}${Number(row.value).toLocaleString("en")}`),
    row.manner ? el("div", {}, `manner: ${row.manner}`) : null,
    row.affectedLabel ? el("div", {}, "affected: ", nodeLink(row.affected, row.affectedLabel)) : null,
    el("div", {}, "who says so: ", row.says ? nodeLink(row.says, row.saysLabel) : "not said"),
    el("div", { class: "sources" }, `source: ${row.sources}`),
    row.date ? el("div", {}, `published ${row.date}`) : null,
    el("div", {}, nodeLink(row.claim, "the evidence →")));
}

// -- Any node ---------------------------------------------------------------------------

const articleCache = new Map();

async function search(words) {
  const { rows, truncated } = await runView("search", { find: literal(words) });
  const list = document.getElementById("search-results");
  list.replaceChildren(...rows.map((r) => el("li", { "data-node": r.node, onclick: () => openNode(r.node) },
    r.label, " ", el("small", {}, `${r.kind}, ${r.mentions} mentions`))));
  document.getElementById("node-status").textContent = `${rows.length}${truncated ? "+" : ""} matches`;
}

async function openNode(value) {
  show("node");
  history.replaceState(null, "", `#node=${encodeURIComponent(value)}`);
  for (const li of document.querySelectorAll("#search-results li")) li.classList.toggle("selected", li.dataset.node === value);
  const detail = document.getElementById("node-detail");
  detail.replaceChildren(el("p", { class: "hint" }, "loading…"));
  const [facts, mentions] = await Promise.all([runView("node", { node: iri(value) }), runView("mentions", { node: iri(value) })]);
  const grouped = new Map();
  for (const row of facts.rows) {
    const name = shortName(row.property);
    if (!grouped.has(name)) grouped.set(name, []);
    const shown = row.value.startsWith("http") ? nodeLink(row.value, row.valueLabel || shortName(row.value)) : row.value;
    grouped.get(name).push(shown);
  }
  const labels = grouped.get("label") || [];
  const list = el("dl", { class: "facts" }, el("dt", {}, "IRI"), el("dd", {}, value),
    ...[...grouped].flatMap(([name, values]) => [el("dt", {}, name), el("dd", {}, ...values.flatMap((v, i) => (i ? [", ", v] : [v])))]));
  const byArticle = new Map();
  for (const row of mentions.rows) {
    if (!byArticle.has(row.article)) byArticle.set(row.article, []);
    byArticle.get(row.article).push(row);
  }
  const articles = [...byArticle].slice(0, MAX_ARTICLES_SHOWN);
  const sections = await Promise.all(articles.map(([article, rows]) => articleWithSpans(article, rows)));
  const more = byArticle.size - articles.length;
  detail.replaceChildren(el("h3", {}, labels[0] || shortName(value)), list,
    el("h4", {}, `${mentions.rows.length}${mentions.truncated ? "+" : ""} mentions in ${byArticle.size} article(s)`),
    ...sections, more > 0 ? el("p", { class: "hint" }, `${more} more articles not shown`) : null);
}

async function articleWithSpans(article, rows) {
  if (!articleCache.has(article)) articleCache.set(article, (await runView("article", { article: iri(article) })).rows[0] || {});
  const info = articleCache.get(article);
  // nif offsets count code points: index the text as an array of code points, not UTF-16 units.
  const chars = Array.from(info.text || "");
  const spans = rows.map((r) => [Number(r.begin), Number(r.end), r]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts = [];
  let at = 0;
  for (const [begin, end, row] of spans) {
    if (begin < at) continue; // a span inside one already highlighted
    parts.push(chars.slice(at, begin).join(""));
    parts.push(el("mark", { "data-mention": row.mention, "data-begin": begin, "data-end": end, title: row.anchor || "" },
      chars.slice(begin, end).join("")));
    at = end;
  }
  parts.push(chars.slice(at).join(""));
  return el("article", { class: "source", "data-article": article },
    el("h4", {}, info.headline || info.source || shortName(article), " ",
      el("small", {}, [info.headline ? info.source : null, info.date].filter(Boolean).join(", "))),
    el("div", { class: "text" }, ...parts));
}

// -- start ------------------------------------------------------------------------------

async function start() {
  [views, classes] = await Promise.all([(await fetch("views.json")).json(), (await fetch("event-classes.json")).json()]);
  const { rows, truncated } = await runView("stories");
  const picker = document.getElementById("story");
  for (const row of rows) {
    if (row.main) mainEvents.set(row.story, row.main);
    picker.append(el("option", { value: row.story }, storyLabel(row)));
  }
  if (cut("stories", truncated, rows.length)) picker.append(el("option", { disabled: "" }, `(the ${rows.length} largest stories only)`));
  picker.addEventListener("change", () => {
    story = picker.value;
    const current = document.querySelector("nav button[aria-selected=true]");
    show(current ? current.dataset.view : "story");
  });
  document.getElementById("every-factuality").addEventListener("change", (event) => {
    everyFactuality = event.target.checked;
    const current = document.querySelector("nav button[aria-selected=true]");
    show(current ? current.dataset.view : "story");
  });
  for (const button of document.querySelectorAll("nav button")) button.addEventListener("click", () => show(button.dataset.view));
  let timer = null;
  document.getElementById("node-search").addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => search(event.target.value).catch(showError), 200);
  });
  search("").catch(showError);
  window.addEventListener("hashchange", route);
  route();
}

// A story in the picker: its main event's class and trigger, who did it, and how many articles.
function storyLabel(row) {
  const count = `${row.articles} article${row.articles === "1" ? "" : "s"}`;
  if (!row.main) return `${row.headline || shortName(row.story)} (${count})`;
  const what = `${mostSpecific(row.types)}: ${row.trigger || "?"}`;
  return `${what}${row.agentLabel ? ` — ${row.agentLabel}` : ""} (${count})`;
}

// #story, #timeline… or #node=IRI: links into the page.
function route() {
  const [view, value] = location.hash.slice(1).split("=");
  if (view === "node" && value) openNode(decodeURIComponent(value)).catch(showError);
  else show(renderers[view] ? view : "story");
}

start().catch(showError);
