export { directionOfTravel, directionOfTravelUpTo } from "./direction";
export { DEFAULT_AVERAGE_PERIODS, DEFAULT_TREND_METHOD, MIN_TREND_POINTS } from "./constants";
