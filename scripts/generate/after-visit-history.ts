import { DEFAULT_INCIDENT_RULES, nextTier, type IncidentCategory, type IncidentTier, type RootCause } from '../../contract/incidents';
import { localDay, localMinute } from '../../main/core/clock';
import { deadlineAfter } from '../../main/core/working-time';
import type { AuditChain } from './audit';
import type { StaffAccount } from './desk';
import type { PlanScript } from './plan-script';
import { Weighted, uuidV7At, type Random } from './random';
import type { BulkStore } from './store';
import type { Timeline } from './timeline';

/*
 * What happens after the handshake, as a desk lives it: a problem now and then
 * (mostly ordinary enquiries and complaints, a few urgent ones, one critical a
 * year), handled within its limit or escalated, resolved and called back;
 * feedback asked for after each visit, mostly good, sometimes a red alert; and
 * client follow-up sequences worked step by step. Everything is decided when
 * it is filed, as the checklists are, so the inbox's open set at "today" is
 * what a real desk would hold, and history is long behind it.
 */

export interface FeedbackTemplateInfo {
  id: string;
  questions: { id: string; kind: 'rating' | 'choice' | 'text'; options: unknown[] }[];
}

export interface AfterVisitWriting {
  store: BulkStore;
  audit: AuditChain;
  timeline: Timeline;
  random: Random;
  deviceId: string;
  cutoff: number;
  /** Staff accounts who handle problems and follow up. */
  staff: StaffAccount[];
  feedbackTemplate: FeedbackTemplateInfo | null;
  followupTemplate: { id: string; steps: { title: string; offsetDays: number }[] } | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const CATEGORIES = new Weighted<IncidentCategory>([
  ['enquiry', 35],
  ['complaint', 25],
  ['equipment', 18],
  ['business', 12],
  ['safety', 4],
  ['other', 6],
]);
const TIERS = new Weighted<IncidentTier>([
  ['ordinary', 78],
  ['urgent', 19],
  ['critical', 3],
]);
const CAUSES = new Weighted<RootCause>([
  ['information', 22],
  ['process', 20],
  ['facility', 18],
  ['service', 14],
  ['scheduling', 12],
  ['thirdParty', 6],
  ['visitor', 5],
  ['other', 3],
]);
const TITLES: Record<IncidentCategory, string[]> = {
  enquiry: ['询问停车位置', '询问会议室怎么走', '询问无线网络密码', '咨询合作流程', '询问发票开具'],
  complaint: ['等候时间过长', '接待人员态度不好', '会议室空调太冷', '茶水不及时', '指引标识不清楚'],
  equipment: ['投影仪无法连接', '话筒没有声音', '门禁卡失效', '打印机卡纸', '网络断开'],
  business: ['需要补充报价资料', '要求安排参观产线', '申请样品', '需要合同模板'],
  safety: ['访客进入非开放区域', '消防通道被占用', '访客身体不适'],
  other: ['遗失物品', '需要叫出租车', '快递代收'],
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Writes incidents, call-backs, feedback and follow-ups; one instance for a whole generation run. */
export class AfterVisitHistory {
  private readonly codes = new Map<string, number>();
  private readonly requestCodes = new Set<string>();
  private readonly limits = new Map(DEFAULT_INCIDENT_RULES.tiers.map((t) => [t.tier, t.limit]));

  constructor(private readonly w: AfterVisitWriting) {}

  private row(at: number) {
    const stamp = new Date(at).toISOString();
    return { created_at: stamp, updated_at: stamp, device_id: this.w.deviceId };
  }

  private code(at: number): string {
    const d = localDay(new Date(at));
    const n = (this.codes.get(d) ?? 0) + 1;
    this.codes.set(d, n);
    return `IN-${d.slice(2, 4)}${d.slice(5, 7)}${d.slice(8, 10)}-${pad(n, 3)}`;
  }

  private requestCode(): string {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    for (;;) {
      const code = Array.from({ length: 6 }, () => alphabet[this.w.random.int(0, alphabet.length - 1)]).join('');
      if (!this.requestCodes.has(code)) return this.requestCodes.add(code), code;
    }
  }

  private deadline(from: string, tier: IncidentTier): string {
    return deadlineAfter(from, this.limits.get(tier)!, DEFAULT_INCIDENT_RULES.workDay);
  }

  /** One problem from receipt to archive (as far as the present allows), with its timeline, call-back and audit. */
  incident(at: number, links: { planId?: string; clientId?: string; personOf?: () => string | null; contactName?: string; source: 'desk' | 'visit' | 'plan' | 'phone' | 'feedback'; category?: IncidentCategory; tier?: IncidentTier; title?: string; feedbackResponseId?: string }): string {
    const { random, store, audit, cutoff } = this.w;
    const id = uuidV7At(at, random);
    const category = links.category ?? CATEGORIES.pick(random);
    let tier = links.tier ?? TIERS.pick(random);
    const reporter = random.pick(this.w.staff);
    const owner = random.pick(this.w.staff);
    const receivedAt = localMinute(new Date(at));
    let limitFrom = receivedAt;
    let deadline = this.deadline(limitFrom, tier);
    const events: { at: number; kind: string; by: StaffAccount; value: string; text: string }[] = [];
    const event = (t: number, kind: string, by: StaffAccount, value = '', text = '') => events.push({ at: t, kind, by, value, text });
    event(at, 'status', reporter, 'received');
    const dispatchAt = at + random.int(2, 40) * MINUTE;
    event(dispatchAt, 'assigned', reporter, owner.name);
    // Most are handled within the limit; about one in seven runs over and escalates once.
    const late = random.chance(0.14);
    const deadlineMs = Date.parse(deadline);
    const resolveAt = late ? deadlineMs + random.int(30, 600) * MINUTE : dispatchAt + random.next() * Math.max(10 * MINUTE, deadlineMs - dispatchAt);
    let escalations = 0;
    if (late && nextTier(tier) && deadlineMs < resolveAt) {
      const next = nextTier(tier)!;
      event(deadlineMs, 'escalated', { id: '', login: 'system', name: '系统' }, next);
      limitFrom = deadline;
      tier = next;
      deadline = this.deadline(limitFrom, tier);
      escalations = 1;
    }
    if (random.chance(0.5)) event(dispatchAt + 5 * MINUTE, 'contact', owner, 'phone', '已告知访客处理进度');
    const resolved = resolveAt <= cutoff;
    const cause = CAUSES.pick(random);
    const reviewAt = resolveAt + random.int(1, 3) * DAY;
    const reviewed = resolved && reviewAt <= cutoff && random.chance(0.8);
    const archiveAt = reviewAt + 30 * DAY;
    const archived = reviewed && archiveAt <= cutoff;
    if (resolved) event(resolveAt, 'status', owner, 'resolved', '已处理');
    if (reviewed) event(reviewAt, 'status', this.w.staff[this.w.staff.length - 1]!, 'reviewed');
    if (archived) event(archiveAt, 'status', this.w.staff[this.w.staff.length - 1]!, 'archived');
    const status = archived ? 'archived' : reviewed ? 'reviewed' : resolved ? 'resolved' : 'dispatched';
    const code = this.code(at);
    const title = links.title ?? random.pick(TITLES[category]);
    const involved = [...new Set([reporter.id, owner.id])];
    const lastAt = Math.min(cutoff, Math.max(...events.map((e) => e.at).filter((t) => t <= cutoff)));
    // Rows are written when their moment is played: the plan, client and person exist by then.
    this.w.timeline.at(at, () => {
      store.insert('incidents', {
        id,
        ...this.row(at),
        updated_at: new Date(lastAt).toISOString(),
        code,
        category,
        tier,
        status,
        source: links.source,
        title,
        description: '',
        person_id: links.personOf?.() ?? null,
        plan_id: links.planId ?? null,
        client_id: links.clientId ?? null,
        contact_name: links.contactName ?? '',
        feedback_response_id: links.feedbackResponseId ?? null,
        owner_user_id: owner.id,
        owner_role: null,
        owner_name: owner.name,
        reporter_id: reporter.id,
        reporter_name: reporter.name,
        involved_ids: JSON.stringify(involved),
        received_at: receivedAt,
        limit_from: limitFrom,
        deadline_at: resolved ? null : deadline,
        escalations,
        resolved_at: resolved ? localMinute(new Date(resolveAt)) : null,
        resolution: resolved ? '已按流程处理并告知访客' : '',
        root_cause: resolved ? cause : null,
        resolved_late: resolved && late ? 1 : 0,
      });
      for (const e of events) {
        if (e.at > cutoff) continue;
        store.insert('incident_events', { id: uuidV7At(e.at, random), ...this.row(e.at), incident_id: id, kind: e.kind, at: new Date(e.at).toISOString(), by_id: e.by.id, by_name: e.by.name, value: e.value, text: e.text });
      }
      audit.append(at, reporter.name, 'incident.record', 'incident', id, { code, title, category, tier });
    });
    if (resolved) this.w.timeline.at(resolveAt, () => this.callBack(id, owner, resolveAt));
    if (resolved) this.w.timeline.at(resolveAt + 1, () => audit.append(resolveAt, owner.name, 'incident.resolve', 'incident', id, { code, rootCause: cause }));
    if (escalations > 0) this.w.timeline.at(deadlineMs, () => audit.append(deadlineMs, '系统', 'incident.escalate', 'incident', id, { code, tier }));
    return id;
  }

  private callBack(incidentId: string, owner: StaffAccount, resolvedAt: number): void {
    const { random, store, cutoff } = this.w;
    const due = resolvedAt + 24 * HOUR;
    const callAt = resolvedAt + random.int(30, 30 * 60) * MINUTE;
    const done = callAt <= cutoff;
    const roll = random.next();
    const status = !done ? 'open' : roll < 0.88 ? 'reached' : roll < 0.96 ? 'open' : 'unreachable';
    store.insert('incident_callbacks', {
      id: uuidV7At(resolvedAt, random),
      ...this.row(resolvedAt),
      incident_id: incidentId,
      owner_user_id: owner.id,
      owner_name: owner.name,
      due_at: localMinute(new Date(due)),
      status,
      attempts: done ? (status === 'reached' ? 1 : 2) : 0,
      score: status === 'reached' ? random.pick([5, 5, 5, 4, 4, 4, 3, 2]) : null,
      comment: status === 'reached' ? '访客表示满意' : '',
      done_at: status === 'open' ? null : new Date(callAt).toISOString(),
      done_by_name: status === 'open' ? '' : owner.name,
    });
  }

  /** A completed plan: its feedback request and (mostly) the answer, problems during the visit, and sometimes a follow-up sequence. */
  afterPlan(plan: PlanScript): void {
    const { random } = this.w;
    if (plan.arriveAt !== null && random.chance(0.2)) {
      const at = plan.arriveAt + random.int(20, 120) * MINUTE;
      this.incident(at, { source: 'plan', planId: plan.id, clientId: plan.client.id, personOf: () => leadOf(plan) });
    }
    const completed = plan.transitions.find((t) => t.to === 'completed');
    if (!completed) return;
    this.feedback(completed.at, { planId: plan.id, clientId: plan.client.id, personOf: () => leadOf(plan), withRequest: true });
    if (random.chance(0.3)) this.followup(completed.at + random.int(1, 3) * DAY, plan);
  }

  /** One questionnaire answered (or a request left open); a low score raises a red-alert complaint. */
  feedback(at: number, about: { planId: string | null; clientId: string | null; personOf: () => string | null; withRequest: boolean }): void {
    const { random, store, cutoff } = this.w;
    const template = this.w.feedbackTemplate;
    if (!template) return;
    const owner = random.pick(this.w.staff);
    const requestId = about.withRequest ? uuidV7At(at, random) : null;
    const answerAt = at + random.int(30, 36 * 60) * MINUTE;
    const answered = (!about.withRequest || random.chance(0.75)) && answerAt <= cutoff;
    const responseId = answered ? uuidV7At(answerAt, random) : null;
    if (requestId) {
      this.w.timeline.at(at, () => store.insert('feedback_requests', {
        id: requestId,
        ...this.row(at),
        code: this.requestCode(),
        template_id: template.id,
        plan_id: about.planId,
        client_id: about.clientId,
        person_id: about.personOf(),
        owner_user_id: owner.id,
        owner_name: owner.name,
        due_at: localMinute(new Date(at + DAY)),
        status: answered ? 'answered' : at + 3 * DAY < cutoff && random.chance(0.5) ? 'declined' : 'open',
        response_id: responseId,
      }));
    }
    if (!answered) return;
    const unhappy = random.chance(0.04);
    const answers = template.questions.map((q) => ({
      questionId: q.id,
      rating: q.kind === 'rating' ? (unhappy ? random.int(1, 2) : random.pick([5, 5, 5, 4, 4, 3])) : null,
      choices: q.kind === 'choice' ? [random.int(0, Math.max(0, q.options.length - 1))] : [],
      text: q.kind === 'text' && random.chance(unhappy ? 0.9 : 0.25) ? (unhappy ? '等候时间太长，接待人员不够热情' : '服务很周到，谢谢') : '',
    }));
    const ratings = answers.map((a) => a.rating).filter((r): r is number => r !== null);
    const score = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;
    const lowest = ratings.length ? Math.min(...ratings) : null;
    const redAlert = lowest !== null && lowest <= 2;
    const incidentId = redAlert
      ? this.incident(answerAt, { source: 'feedback', category: 'complaint', tier: 'urgent', title: '满意度评分过低', feedbackResponseId: responseId!, ...(about.planId && { planId: about.planId }), ...(about.clientId && { clientId: about.clientId }), personOf: about.personOf })
      : null;
    const enteredBy = random.pick(this.w.staff);
    const channel = about.withRequest ? random.pick(['paper', 'phone', 'email', 'kiosk', 'interview']) : 'kiosk';
    this.w.timeline.at(answerAt, () => {
      store.insert('feedback_responses', {
        id: responseId!,
        ...this.row(answerAt),
        template_id: template.id,
        request_id: requestId,
        channel,
        plan_id: about.planId,
        client_id: about.clientId,
        person_id: about.personOf(),
        answers: JSON.stringify(answers),
        score,
        lowest_rating: lowest,
        comment_text: answers.map((a) => a.text).filter(Boolean).join('\n'),
        red_alert: redAlert ? 1 : 0,
        alert_reasons: JSON.stringify(redAlert ? ['score'] : []),
        incident_id: incidentId,
        given_at: localMinute(new Date(answerAt)),
        entered_by_id: enteredBy.id,
        entered_by_name: enteredBy.name,
      });
      this.w.audit.append(answerAt, enteredBy.name, 'feedback.submit', 'feedbackResponse', responseId!, { score, redAlert });
    });
  }

  /** A follow-up sequence from the standard template, its steps done around their days until the present. */
  followup(at: number, plan: PlanScript): void {
    const { random, store, cutoff } = this.w;
    const template = this.w.followupTemplate;
    if (!template) return;
    const owner = random.pick(this.w.staff);
    const id = uuidV7At(at, random);
    const start = localDay(new Date(at));
    let open = 0;
    const steps = template.steps.map((s, seq) => {
      const dueMs = Date.parse(`${start}T12:00`) + s.offsetDays * DAY;
      const doneAt = dueMs + random.int(-1, 2) * DAY;
      const done = doneAt <= cutoff && random.chance(0.92);
      if (!done) open++;
      return { s, seq, dueDay: localDay(new Date(dueMs)), done, doneAt };
    });
    const status = open === 0 ? 'done' : at + 120 * DAY < cutoff ? 'cancelled' : 'active';
    this.w.timeline.at(at, () => {
      store.insert('followup_plans', {
        id,
        ...this.row(at),
        client_id: plan.client.id,
        template_id: template.id,
        plan_id: plan.id,
        title: `${plan.client.name} 访后跟进`.slice(0, 100),
        status,
        urgency: plan.client.tier === 'vip' ? 'high' : 'normal',
        owner_user_id: owner.id,
        owner_name: owner.name,
      });
      for (const { s, seq, dueDay, done, doneAt } of steps) {
        store.insert('followup_steps', {
          id: uuidV7At(at, random),
          ...this.row(at),
          followup_id: id,
          seq,
          title: s.title,
          owner_user_id: owner.id,
          owner_name: owner.name,
          due_day: dueDay,
          status: done ? 'done' : 'open',
          outcome: done ? '已联系客户' : '',
          done_at: done ? new Date(doneAt).toISOString() : null,
          done_by_name: done ? owner.name : '',
        });
      }
      this.w.audit.append(at, owner.name, 'followup.create', 'followup', id, { clientName: plan.client.name, steps: steps.length });
    });
  }

  /** A day at the desk: its problems (about one in three hundred visits) and kiosk answers (about one in forty). */
  deskDay(midnight: number, visits: number, personAt: () => string | null): void {
    const { random } = this.w;
    const problems = Math.round(visits / 300 + (random.next() - 0.5));
    for (let i = 0; i < problems; i++) {
      const at = midnight + random.int(8 * 60 + 40, 17 * 60 + 30) * MINUTE;
      // Most concern someone in the directory; a caller off the street is named as such.
      const known = random.chance(0.6);
      this.incident(at, { source: random.chance(0.8) ? 'desk' : 'phone', ...(known ? { personOf: personAt } : { contactName: '来电访客' }) });
    }
    const kiosk = Math.round(visits / 40 + (random.next() - 0.5));
    for (let i = 0; i < kiosk; i++) this.feedback(midnight + random.int(9 * 60, 18 * 60) * MINUTE, { planId: null, clientId: null, personOf: () => null, withRequest: false });
  }
}

/** The plan's lead guest, once the client's people are filed. */
function leadOf(plan: PlanScript): string | null {
  return plan.client.contacts[plan.guests[0] ?? 0]?.id ?? null;
}
