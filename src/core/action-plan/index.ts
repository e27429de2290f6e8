export {
  readActionPlan,
  actionStatus,
  ACTION_STATUSES,
  type ActionPlan,
  type ActionRow,
  type ActionStatus,
} from "./read-action-plan";
