/**
 * Offline checks of an Office add-in XML manifest.
 *
 * The official validator (`npm run validate:online`) needs the network; these checks do not.
 * They cover what breaks sideloading most often: XML that does not parse, a resid with no
 * resource, http or mixed-origin URLs, an incomplete custom-functions extension point, and
 * missing requirement sets for the shared runtime.
 */
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const REQUIRED_SETS = ["SharedRuntime", "CustomFunctionsRuntime"];
const RESOURCE_KINDS = {
  "bt:Images": "image",
  "bt:Urls": "url",
  "bt:ShortStrings": "short string",
  "bt:LongStrings": "long string",
};
const MAX_LENGTH = { "short string": 125, "long string": 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Calls visit(node, name, path) for every element below root, depth first. */
function walk(node, name, path, visit) {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, name, `${path}[${i}]`, visit));
    return;
  }
  visit(node, name, path);
  for (const [key, child] of Object.entries(node)) {
    if (!key.startsWith("@_") && key !== "#text") walk(child, key, `${path}/${key}`, visit);
  }
}

function asArray(x) {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Every resource defined under Resources: id -> kind and value. */
function collectResources(root, problems) {
  const resources = new Map();
  walk(root, "OfficeApp", "", (node, name) => {
    if (name !== "Resources") return;
    for (const [group, kind] of Object.entries(RESOURCE_KINDS)) {
      for (const holder of asArray(node[group])) {
        for (const [, entries] of Object.entries(holder || {})) {
          for (const entry of asArray(entries)) {
            if (!entry || typeof entry !== "object" || entry["@_id"] === undefined) continue;
            const id = entry["@_id"];
            const value = entry["@_DefaultValue"] ?? "";
            if (resources.has(id)) problems.push(`Resource id "${id}" is defined twice.`);
            resources.set(id, { kind, value });
            const max = MAX_LENGTH[kind];
            if (max && value.length > max)
              problems.push(
                `Resource "${id}" is ${value.length} characters long; a ${kind} may have at most ${max}.`,
              );
          }
        }
      }
    }
  });
  return resources;
}

/** Checks a manifest's text; returns { problems: string[], summary } and never throws. */
function checkManifest(xmlText) {
  const problems = [];
  const parsed = XMLValidator.validate(xmlText);
  if (parsed !== true) {
    const e = parsed.err;
    return {
      problems: [`The manifest is not well-formed XML: ${e.msg} (line ${e.line}, column ${e.col}).`],
      summary: {},
    };
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
  }).parse(xmlText);
  const root = doc.OfficeApp;
  if (!root) return { problems: ["The root element must be <OfficeApp>."], summary: {} };

  if (root["@_xsi:type"] !== "TaskPaneApp")
    problems.push('OfficeApp must have xsi:type="TaskPaneApp" for an Excel add-in with a task pane.');
  if (!GUID.test(String(root.Id ?? "").trim()))
    problems.push("<Id> must be a GUID such as 7c1f3a52-9d4e-4b8a-a6f2-3e5d2b7c9a10.");
  if (!/^\d+(\.\d+){0,3}$/.test(String(root.Version ?? "").trim()))
    problems.push("<Version> must look like 1.0.0.0.");
  for (const el of [
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Permissions",
  ]) {
    if (root[el] === undefined) problems.push(`<${el}> is missing.`);
  }
  const hosts = asArray(root.Hosts?.Host).map((h) => h["@_Name"]);
  if (!hosts.includes("Workbook")) problems.push('<Hosts> must include <Host Name="Workbook"/> (Excel).');

  const resources = collectResources(root, problems);

  // Every resid must name a defined resource.
  const used = new Set();
  walk(root, "OfficeApp", "", (node, name, path) => {
    const resid = node["@_resid"];
    if (resid === undefined) return;
    used.add(resid);
    if (!resources.has(resid))
      problems.push(`<${name}> at ${path} uses resid "${resid}", which no resource defines.`);
  });

  // Every URL: https, and all on one origin (the add-in's own).
  const urls = [];
  walk(root, "OfficeApp", "", (node, name, path) => {
    const value = node["@_DefaultValue"];
    if (typeof value === "string" && /^[a-z]+:\/\//i.test(value)) urls.push({ where: `${path}`, url: value });
  });
  for (const domain of asArray(root.AppDomains?.AppDomain))
    urls.push({ where: "/AppDomains/AppDomain", url: String(domain) });
  const origins = new Set();
  for (const { where, url } of urls) {
    let parsedUrl;
    try {
      parsedUrl = new URL(url);
    } catch {
      problems.push(`${where}: "${url}" is not a valid URL.`);
      continue;
    }
    if (parsedUrl.protocol !== "https:") problems.push(`${where}: "${url}" must use https.`);
    origins.add(parsedUrl.origin);
  }
  if (origins.size > 1) problems.push(`All URLs must be on one origin; found ${[...origins].join(", ")}.`);

  // The custom-functions extension point names script, page, metadata and namespace.
  let customFunctions = 0;
  let pageResid;
  walk(root, "OfficeApp", "", (node, name) => {
    if (name !== "ExtensionPoint" || node["@_xsi:type"] !== "CustomFunctions") return;
    customFunctions += 1;
    const need = { Script: "url", Page: "url", Metadata: "url" };
    for (const [el, kind] of Object.entries(need)) {
      const resid = node[el]?.SourceLocation?.["@_resid"];
      if (!resid)
        problems.push(
          `The CustomFunctions extension point needs <${el}><SourceLocation resid="..."/></${el}>.`,
        );
      else if (resources.get(resid) && resources.get(resid).kind !== kind)
        problems.push(`<${el}> must point at a bt:Url; "${resid}" is a ${resources.get(resid).kind}.`);
    }
    pageResid = node.Page?.SourceLocation?.["@_resid"];
    const ns = node.Namespace?.["@_resid"];
    if (!ns) problems.push('The CustomFunctions extension point needs <Namespace resid="..."/>.');
    else if (resources.get(ns)?.kind !== "short string")
      problems.push(`<Namespace> must point at a bt:ShortStrings entry; "${ns}" is not one.`);
    else if (!/^[A-Za-z][A-Za-z0-9]*$/.test(resources.get(ns).value))
      problems.push(`The namespace "${resources.get(ns).value}" must be letters and digits only.`);
  });
  if (customFunctions === 0)
    problems.push('No <ExtensionPoint xsi:type="CustomFunctions"> found: the KPI functions would not load.');

  // Shared runtime: a long-lived runtime on the same page as the functions, and the sets declared.
  const sets = new Set();
  walk(root, "OfficeApp", "", (node, name) => {
    if (name === "Set" && node["@_Name"]) sets.add(node["@_Name"]);
  });
  for (const set of REQUIRED_SETS)
    if (!sets.has(set)) problems.push(`<Requirements> must declare the "${set}" requirement set.`);
  const runtimes = [];
  walk(root, "OfficeApp", "", (node, name) => {
    if (name === "Runtime") runtimes.push(node);
  });
  const shared = runtimes.find((r) => r["@_lifetime"] === "long");
  if (!shared)
    problems.push('A shared runtime needs <Runtime resid="..." lifetime="long"/> under <Runtimes>.');
  else if (pageResid && shared["@_resid"] !== pageResid)
    problems.push(
      `The shared runtime ("${shared["@_resid"]}") must be the same page as the custom functions ("${pageResid}").`,
    );

  for (const id of resources.keys())
    if (!used.has(id)) problems.push(`Resource "${id}" is defined but never used.`);

  const namespaceId = resources.get("Functions.Namespace");
  return {
    problems,
    summary: {
      origin: [...origins][0],
      namespace: namespaceId?.value,
      requirementSets: [...sets],
      resources: resources.size,
    },
  };
}

module.exports = { checkManifest };
