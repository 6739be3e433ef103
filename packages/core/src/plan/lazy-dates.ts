import type { PlanDates, PlanInstants, PlanWindowName } from "./dating.js";
import { windowOf } from "./dating.js";
import type { Window } from "./plan.js";

/**
 * `PlanDates` for one `choosePlan` call, each window written (two ISO strings) only when a rule
 * first reads it: a plan uses about half of its twelve windows. Deep-equal to `planDates` on
 * every window; kept inside the call, never between calls.
 */
export class LazyPlanDates implements PlanDates {
  private readonly made: Partial<Record<PlanWindowName, Window>> = {};

  constructor(private readonly instants: PlanInstants) {}

  private window(name: PlanWindowName): Window {
    return (this.made[name] ??= windowOf(this.instants, name));
  }

  get coolOff(): Window {
    return this.window("coolOff");
  }
  get fromNow(): Window {
    return this.window("fromNow");
  }
  get reflect(): Window {
    return this.window("reflect");
  }
  get lessons(): Window {
    return this.window("lessons");
  }
  get thankYou(): Window {
    return this.window("thankYou");
  }
  get afterThankYou(): Window {
    return this.window("afterThankYou");
  }
  get secondInterview(): Window {
    return this.window("secondInterview");
  }
  get followUp(): Window {
    return this.window("followUp");
  }
  get rejectionReply(): Window {
    return this.window("rejectionReply");
  }
  get feedback(): Window {
    return this.window("feedback");
  }
  get stayInTouch(): Window {
    return this.window("stayInTouch");
  }
  get moveOn(): Window {
    return this.window("moveOn");
  }
}
