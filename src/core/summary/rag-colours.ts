import type { RagStatus } from "../words";

/**
 * Fill and font colours for RAG cells: Excel's own "Good", "Neutral" and "Bad" cell styles,
 * so generated sheets look like the conditional formats teams already use; grey for no colour.
 */
export const RAG_COLOURS: Readonly<Record<RagStatus, { readonly fill: string; readonly font: string }>> = {
  Green: { fill: "#C6EFCE", font: "#006100" },
  Amber: { fill: "#FFEB9C", font: "#9C5700" },
  Red: { fill: "#FFC7CE", font: "#9C0006" },
  "No target": { fill: "#EDEDED", font: "#595959" },
  "No data": { fill: "#EDEDED", font: "#595959" },
};

/** Header rows of generated tables. */
export const HEADER_COLOURS = { fill: "#1F3A5F", font: "#FFFFFF" } as const;
