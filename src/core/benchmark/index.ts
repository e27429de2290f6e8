export { benchmarkGap } from "./benchmark-gap";
export { neighbourMean } from "./neighbour-mean";
export { quartileInc, type Quart } from "./quartile-inc";
export { quartileBand, type QuartileBandLetter } from "./quartile-band";
export { peerRank } from "./peer-rank";
