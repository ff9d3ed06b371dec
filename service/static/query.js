// The query page: a textarea with a highlighted copy behind it, examples, results as a table.
// Everything it loads comes from this service; it requests nothing from any other host.
"use strict";
(function () {
  const query = document.getElementById("query");
  const highlight = document.getElementById("highlight");
  const examples = JSON.parse(document.getElementById("example-data").textContent);
  const select = document.getElementById("examples");
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  const ID = "https://w3id.org/diplomatic-kg/id/";
  const TOKENS = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>\s"]*>)|([?$][A-Za-z_][A-Za-z0-9_]*)|\b(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|PREFIX|BASE|OPTIONAL|FILTER|UNION|GRAPH|VALUES|BIND|AS|LIMIT|OFFSET|ORDER|BY|GROUP|HAVING|DISTINCT|REDUCED|MINUS|EXISTS|NOT|SERVICE|DESC|ASC|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|UNDEF|a)\b/gi;

  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function paint() {
    let html = "";
    let last = 0;
    const text = query.value;
    for (const match of text.matchAll(TOKENS)) {
      html += escape(text.slice(last, match.index));
      const kind = match[1] ? "cmt" : match[2] ? "str" : match[3] ? "iri" : match[4] ? "var" : "kw";
      html += '<span class="' + kind + '">' + escape(match[0]) + "</span>";
      last = match.index + match[0].length;
    }
    highlight.innerHTML = html + escape(text.slice(last)) + "\n";
    highlight.scrollTop = query.scrollTop;
    const encoded = encodeURIComponent(text);
    document.getElementById("download-csv").href = "/sparql?format=csv&query=" + encoded;
    document.getElementById("download-json").href = "/sparql?format=json&query=" + encoded;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      const link = document.createElement("a");
      link.href = term.value.startsWith(ID) ? "/id/" + term.value.slice(ID.length) : term.value;
      link.textContent = term.value;
      td.appendChild(link);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function show(data) {
    results.replaceChildren();
    if (typeof data.boolean === "boolean") {
      results.textContent = data.boolean ? "yes" : "no";
      return;
    }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const name of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = name;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const binding of data.results.bindings) {
      const row = body.insertRow();
      for (const name of data.head.vars) row.appendChild(cell(binding[name]));
    }
    results.appendChild(table);
    const count = data.results.bindings.length;
    status.textContent = count + (count === 1 ? " row" : " rows") + (data.truncated ? " (cut at the row limit)" : "");
  }

  async function run() {
    status.textContent = "running…";
    const started = performance.now();
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
        body: query.value,
      });
      const data = await response.json();
      if (!response.ok) {
        results.replaceChildren();
        const message = document.createElement("p");
        message.className = "error";
        message.textContent = (data.title || "Error") + ": " + (data.detail || response.status);
        results.appendChild(message);
        status.textContent = "";
        return;
      }
      show(data);
      status.textContent += " in " + Math.round(performance.now() - started) + " ms";
    } catch (error) {
      status.textContent = "the service did not answer: " + error;
    }
  }

  for (const [index, example] of examples.entries()) {
    const option = document.createElement("option");
    option.value = String(index);
    option.textContent = example.summary;
    select.appendChild(option);
  }
  select.addEventListener("change", function () {
    if (select.value === "") return;
    query.value = examples[Number(select.value)].sparql;
    paint();
  });
  query.addEventListener("input", paint);
  query.addEventListener("scroll", function () { highlight.scrollTop = query.scrollTop; });
  query.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run();
  });
  document.getElementById("run").addEventListener("click", run);
  paint();
})();
