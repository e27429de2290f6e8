/* Webpack build: task pane (which also hosts the custom functions: shared runtime), the
 * browser workbench, functions.json from JSDoc, a help page from the README, and the manifest.
 *
 * Base URL: development uses https://localhost:3000/. For production set ADDIN_BASE_URL
 * (e.g. ADDIN_BASE_URL=https://addins.example.gov.uk/scorecard/ npm run build); every
 * occurrence of the development origin in manifest.xml, functions.json and help.html is replaced.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_BASE_URL must start with https:// (got "${url}").`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development origin to the production one in the text assets that hold URLs. */
class BaseUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "BaseUrlPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        if (this.url === DEV_BASE_URL) return;
        for (const name of ["manifest.xml", "functions.json", "help.html"]) {
          const asset = compilation.getAsset(name);
          if (!asset) continue;
          // Full URLs first, then the bare origin (AppDomain has no path).
          const text = asset.source.source().toString().split(DEV_BASE_URL).join(this.url).split(DEV_ORIGIN).join(new URL(this.url).origin);
          compilation.updateAsset(name, new sources.RawSource(text));
        }
      });
    });
  }
}

/** help.html: the README rendered, so each function's help URL has a page to land on. */
class HelpPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: "HelpPagePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const { marked } = await import("marked");
        const readme = path.resolve(__dirname, "README.md");
        compilation.fileDependencies.add(readme);
        const markdown = fs.existsSync(readme) ? fs.readFileSync(readme, "utf8") : "# Scorecard Kit";
        // Headings get ids like GitHub's, so #kpirag anchors work.
        const renderer = new marked.Renderer();
        renderer.heading = ({ tokens, depth, text }) => {
          const id = text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\w\- ]/g, "").trim().replace(/ /g, "-");
          return `<h${depth} id="${id}">${marked.Parser.parseInline(tokens)}</h${depth}>\n`;
        };
        const body = await marked.parse(markdown, { renderer });
        const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scorecard Kit help</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}code,pre{background:#f3f2f1}pre{padding:.75rem;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:.25rem .5rem;vertical-align:top}</style>
</head><body>${body}</body></html>`;
        compilation.emitAsset("help.html", new sources.RawSource(html));
      });
    });
  }
}

async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    console.warn(`No trusted development certificate (${e.message}); serving plain http. Excel needs https: run "npx office-addin-dev-certs install" on Windows or Mac.`);
    return { type: "http" };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      workbench: "./src/workbench/workbench.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".js"],
      // csv-parse's CommonJS build needs Node's Buffer; its browser build carries its own.
      alias: { "csv-parse/sync$": require.resolve("csv-parse/browser/esm/sync") },
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: dev, onlyCompileBundledFiles: true, configFile: "tsconfig.json" } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      // The pane page hosts the functions too (shared runtime): the taskpane bundle imports
      // functions.ts, so both share one module graph and one catalogue store. functions.js is
      // still built for the manifest's <Script> element.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/workbench/workbench.css", to: "workbench.css" },
          { from: "examples/*.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
      new HelpPagePlugin(),
      new BaseUrlPlugin(baseUrl()),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: dev ? await devServerHttps() : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
