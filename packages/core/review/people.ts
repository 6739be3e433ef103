import type { DebriefInput } from "../src/index.js";

/**
 * The review corpus: people's debriefs, written in our own words from the situations the source
 * articles describe (ADVICE.md `seeds/`), each with the moment the person finished it. Rendered to
 * `kits.md` by `render-corpus.ts`, and read as the hiring manager who would receive the messages.
 */
export interface Person {
  /** Who, and what happened, in a line. */
  title: string;
  /** The seed situation this stands for. */
  situation: string;
  /** When the person finished the debrief (fixed, so the file is the same on every run). */
  now: string;
  debrief: DebriefInput;
}

export const PEOPLE: readonly Person[] = [
  {
    title: "Tomás, turned down for a graduate analyst job",
    situation:
      "Rejected (LaReau): the no arrived by email; early in his career, he still admires the firm.",
    now: "2026-11-24T15:40:00Z",
    debrief: {
      interview: { endedAt: "2026-11-19T16:00:00Z", format: "video", severity: "minor" },
      feelings: { rawness: "uneasy" },
      candidacy: { status: "rejected", changedAt: "2026-11-24T14:05:00Z" },
      standing: {
        strength: "average",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: {
        wentWell: ["the Excel modelling exercise"],
        couldBeBetter: ["I talked too fast in the case discussion"],
      },
      career: { yearsExperience: 1, feedbackSourceTrusted: "unknown" },
      organisation: {
        name: "Northwind Traders",
        role: "Graduate Analyst",
        size: "large",
        values: ["curiosity", "teamwork"],
      },
      interviewers: [
        { name: "Dana Whitfield", honorific: "Ms", email: "dana.whitfield@northwind.example" },
      ],
      candidate: { name: "Tomás Reyes", email: "tomas.reyes@example.com" },
      lessons: { unpreparedQuestions: ["Tell me about a time you disagreed with a manager"] },
      timeZone: "America/Chicago",
    },
  },
  {
    title: "Amara, whose son was in hospital the night before",
    situation:
      "An emergency (CR-finance step 5, Canchola): she arrived late and flustered, and is willing to say why.",
    now: "2026-11-18T19:20:00Z",
    debrief: {
      interview: { endedAt: "2026-11-18T11:30:00Z", format: "in-person", severity: "noticeable" },
      feelings: { rawness: "raw" },
      standing: {
        strength: "average",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: {
        wentWell: ["the discussion about grant reporting"],
        couldBeBetter: ["I was scattered on the budgeting question"],
        successVision: "steadying the month-end close so the trustees get their figures on time",
      },
      slips: [
        {
          what: "Turned up twenty minutes late after no sleep at the hospital",
          kind: "late",
          noticed: "certain",
          apologisedInPerson: false,
        },
      ],
      circumstance: {
        description: "Kwame had an asthma attack at 2am, we were in A&E until six, I was a wreck",
        disclose: true,
        forEmployer: "My son was taken to hospital the night before our interview.",
      },
      career: { yearsExperience: 9, comfortableOnPhone: "no" },
      organisation: {
        name: "Halden Community Trust",
        role: "Finance Manager",
        size: "mid-sized",
        values: ["community", "stewardship"],
      },
      interviewers: [
        { name: "Ruth Adeyemi", honorific: "Ms", title: "Chief Executive" },
        { name: "Owen Price", title: "Treasurer" },
      ],
      candidate: { name: "Amara Okafor", email: "amara.okafor@example.com", phone: "07700 900123" },
      timeZone: "Europe/London",
    },
  },
  {
    title: "Wei, who forgot to mention his master's degree",
    situation:
      "A forgotten degree (CR-finance step 4, Brooks): a calm interview, but the qualification that sets him apart never came up.",
    now: "2026-11-26T10:15:00Z",
    debrief: {
      interview: { endedAt: "2026-11-26T07:30:00Z", format: "in-person", severity: "minor" },
      feelings: { rawness: "calm" },
      standing: {
        strength: "strong",
        employerLeaning: "unknown",
        wantJob: "very",
        believesFit: "yes",
      },
      reflection: { wentWell: ["walking them through my forecasting model"] },
      forgotten: [{ kind: "education", detail: "I hold an MSc in Financial Engineering from NUS" }],
      career: { yearsExperience: 4 },
      organisation: { name: "Straits Capital Bank", role: "Risk Analyst", size: "large" },
      interviewers: [{ name: "Lim Mei Ling", address: "Ms Lim" }],
      candidate: { name: "Wei Zhang", email: "wei.zhang@example.com" },
      reference: {
        name: "Priya Raman",
        relation: "my manager at Temasek Analytics",
        trusted: "yes",
        canMention: "how I rebuilt our stress-testing model in three months",
      },
      timeZone: "Asia/Singapore",
    },
  },
  {
    title: "Hannah, who kept calling Marie “Mary”",
    situation:
      "A wrong name (Brooks; CR-finance): she realised only on the train home, and never apologised.",
    now: "2026-11-19T18:45:00Z",
    debrief: {
      interview: { endedAt: "2026-11-19T14:00:00Z", format: "in-person", severity: "minor" },
      feelings: { rawness: "uneasy" },
      standing: {
        strength: "average",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: { wentWell: ["the audit case study"] },
      slips: [
        {
          what: 'Called Marie "Mary" three times, mortified',
          kind: "wrong-name",
          noticed: "certain",
          saidInstead: "Mary",
        },
      ],
      organisation: {
        name: "Dubois & Keller",
        role: "Audit Senior",
        size: "small",
        formal: "yes",
        values: ["client service", "integrity"],
      },
      interviewers: [
        { name: "Marie Dubois", honorific: "Ms", title: "Managing Partner" },
        { name: "Arnold Keller", honorific: "Mr", recipient: false },
      ],
      candidate: { name: "Hannah Schultz", email: "hannah.schultz@example.com" },
      timeZone: "Europe/Berlin",
    },
  },
  {
    title: "Priyanka, whose nerves showed",
    situation:
      "Nerves (Dennis; Hickman): her voice shook and a panel member frowned, but nothing concrete went wrong.",
    now: "2026-11-23T09:50:00Z",
    debrief: {
      interview: { endedAt: "2026-11-23T08:30:00Z", format: "video", severity: "unknown" },
      feelings: { rawness: "raw" },
      standing: { strength: "average", wantJob: "somewhat", believesFit: "unknown" },
      reflection: {
        wentWell: ["my answer on reconciliations"],
        impressions: ["the panel chair frowned when I answered on controls"],
      },
      slips: [
        { what: "My voice shook through the first ten minutes", kind: "nerves", noticed: "unsure" },
      ],
      organisation: {
        name: "Meridian Payroll Services",
        role: "Payroll Analyst",
        size: "mid-sized",
      },
      interviewers: [{ name: "Sunil Menon", honorific: "Mr" }],
      candidate: { name: "Priyanka Iyer" },
      timeZone: "Asia/Kolkata",
    },
  },
  {
    title: "Jordan, whose answers missed what they were after",
    situation:
      "Off-target answers (CR-accounting; Canchola; Dennis): he talked about audit when they asked about tax, and they noticed.",
    now: "2026-11-20T21:10:00Z",
    debrief: {
      interview: { endedAt: "2026-11-20T19:00:00Z", format: "in-person", severity: "noticeable" },
      feelings: { rawness: "calm" },
      standing: {
        strength: "average",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: {
        wentWell: ["the client scenario about a late filing"],
        answerDifferently: "I would open with the two tax engagements I led, not my audit rotation",
      },
      slips: [
        {
          what: "Answered the tax planning question with audit stories, saw the partner glance at her notes",
          kind: "off-target-answer",
          noticed: "certain",
        },
      ],
      career: { yearsExperience: 3, comfortableOnPhone: "no" },
      organisation: {
        name: "Carver Lindqvist CPAs",
        role: "Tax Associate",
        size: "mid-sized",
        values: ["rigour", "client care"],
      },
      interviewers: [{ name: "Elena Lindqvist", honorific: "Ms", title: "Tax Partner" }],
      candidate: { name: "Jordan Ellis", email: "jordan.ellis@example.com" },
      timeZone: "America/New_York",
    },
  },
  {
    title: "Chloé, the front-runner who froze",
    situation:
      "A strong candidate who froze (JofA: a mind gone blank; Blake: pick up the phone): the firm was leaning her way until the salary question.",
    now: "2026-11-24T16:30:00Z",
    debrief: {
      interview: { endedAt: "2026-11-24T13:00:00Z", format: "in-person" },
      feelings: { rawness: "uneasy" },
      standing: { strength: "strong", employerLeaning: "yes", wantJob: "very", believesFit: "yes" },
      reflection: {
        wentWell: ["the treasury forecasting case"],
        successVision: "building the cash-forecasting process you described",
      },
      slips: [
        {
          what: "Completely froze on salary expectations, stared at the table",
          kind: "blanked",
          noticed: "certain",
        },
      ],
      career: { yearsExperience: 7, comfortableOnPhone: "yes" },
      organisation: { name: "Lumière Logistique", role: "Treasury Manager", size: "large" },
      interviewers: [{ name: "Isabelle Fournier", honorific: "Mme", title: "CFO" }],
      candidate: { name: "Chloé Martin", phone: "+33 6 12 34 56 78" },
      timeZone: "Europe/Paris",
    },
  },
  {
    title: "Marcus, whose follow-up went unanswered",
    situation:
      "A follow-up unanswered (Dennis; Hough): a thank-you, then a follow-up a week later, and silence since.",
    now: "2026-11-27T17:00:00Z",
    debrief: {
      interview: { endedAt: "2026-11-10T20:00:00Z", format: "video", severity: "noticeable" },
      feelings: { rawness: "calm" },
      standing: { strength: "average", wantJob: "very", believesFit: "yes" },
      followUps: [
        { sentAt: "2026-11-11T17:00:00Z", channel: "email", answered: false },
        { sentAt: "2026-11-18T17:30:00Z", channel: "email", answered: false },
      ],
      organisation: { name: "Pacific Ledger Group", role: "Senior Accountant", size: "mid-sized" },
      interviewers: [{ name: "Grace Howard" }],
      candidate: { name: "Marcus Bell" },
      timeZone: "America/Los_Angeles",
    },
  },
  {
    title: "Eleanor, at a law firm, on the worst day",
    situation:
      "A law firm (LaReau: a formal business; Hickman; CR-finance step 5): the partners were leaning her way, her mother was rushed to hospital that morning, and she finished her debrief at 2:27 a.m.",
    now: "2026-11-19T02:27:00Z",
    debrief: {
      interview: { endedAt: "2026-11-18T16:00:00Z", format: "in-person", severity: "severe" },
      feelings: { rawness: "uneasy" },
      standing: {
        strength: "strong",
        employerLeaning: "yes",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: {
        wentWell: ["the discussion of the merger timetable"],
        couldBeBetter: ["everything after the first twenty minutes"],
        successVision: "running the completion checklists on your mid-market deals",
      },
      slips: [
        {
          what: "Lost my thread twice on the due diligence question",
          kind: "blanked",
          noticed: "certain",
        },
      ],
      circumstance: {
        description: "Mum collapsed at breakfast, ambulance, I went straight from the hospital",
        disclose: true,
        forEmployer: "My mother was taken to hospital on the morning of our interview.",
      },
      forgotten: [
        { kind: "experience", detail: "I ran the data room for the Harland acquisition" },
      ],
      career: { yearsExperience: 5, comfortableOnPhone: "yes" },
      organisation: {
        name: "Hale & Ward LLP",
        role: "Corporate Associate",
        size: "small",
        formal: "yes",
        values: ["discretion", "client care"],
      },
      interviewers: [{ name: "Margaret Hale", honorific: "Mrs", title: "Senior Partner" }],
      candidate: { name: "Eleanor Voss", email: "eleanor.voss@example.com" },
      reference: {
        name: "James Okoro",
        relation: "supervising partner at my training firm",
        trusted: "yes",
        canMention: "how I kept three completions on schedule during the year-end rush",
      },
      timeZone: "Europe/London",
    },
  },
  {
    title: "Daniel, interviewed through a recruiter",
    situation:
      "A recruiter (LaReau: email only for recruiters and corporations): he was late and said sorry on the spot.",
    now: "2026-11-25T06:00:00Z",
    debrief: {
      interview: { endedAt: "2026-11-25T03:00:00Z", format: "in-person", severity: "minor" },
      feelings: { rawness: "calm" },
      standing: { strength: "average", wantJob: "somewhat", believesFit: "yes" },
      reflection: { wentWell: ["the systems migration questions"] },
      slips: [
        {
          what: "Ten minutes late, train cancelled",
          kind: "late",
          noticed: "certain",
          apologisedInPerson: true,
        },
      ],
      organisation: {
        name: "Southern Cross Mining",
        role: "Senior Accountant",
        size: "large",
        viaRecruiter: true,
      },
      interviewers: [{ name: "Sarah O'Brien", title: "Recruitment Consultant" }],
      candidate: { name: "Daniel Kim", email: "daniel.kim@example.com" },
      lessons: { logistics: "Leave an hour earlier and check the trains the night before" },
      timeZone: "Australia/Sydney",
    },
  },
  {
    title: "Fatima, who got the offer anyway",
    situation:
      "An offer (Brooks: people often did better than they feel): it felt like a disaster, and the offer came the next day.",
    now: "2026-11-26T08:00:00Z",
    debrief: {
      interview: { endedAt: "2026-11-25T09:00:00Z", format: "video", severity: "severe" },
      feelings: { rawness: "raw" },
      candidacy: { status: "offer", changedAt: "2026-11-26T07:30:00Z" },
      reflection: { couldBeBetter: ["I blanked on IFRS 16"] },
      slips: [{ what: "Blanked on IFRS 16 lease accounting", kind: "blanked", noticed: "certain" }],
      organisation: {
        name: "Gulf Horizon Airlines",
        role: "Financial Reporting Lead",
        size: "large",
      },
      interviewers: [{ name: "Omar Al-Sayed", honorific: "Mr" }],
      candidate: { name: "Fatima Haddad" },
      lessons: { unpreparedQuestions: ["Walk us through IFRS 16 for aircraft leases"] },
      timeZone: "Asia/Dubai",
    },
  },
  {
    title: "Sam, who typed everything in a rush",
    situation:
      "Hostile input: markup, slot braces and self-blame in every field a message might use, and a role far too long to print.",
    now: "2026-11-23T13:00:00Z",
    debrief: {
      interview: { endedAt: "2026-11-23T10:00:00Z", severity: "noticeable" },
      feelings: { rawness: "calm" },
      standing: { believesFit: "yes" },
      reflection: {
        wentWell: ["nothing, I bombed it"],
        successVision: "{{fill me in later}}",
      },
      slips: [
        {
          what: "took a call from my mum halfway through, so stupid of me",
          kind: "other",
          noticed: "certain",
          forEmployer: "took a call from my mum halfway through, so stupid of me",
        },
        { what: "spilled water on the desk", kind: "physical-mishap", noticed: "unsure" },
      ],
      circumstance: {
        description: "worst week of my life tbh",
        disclose: true,
        forEmployer: "I'm so sorry, I was a wreck that day",
      },
      forgotten: [
        { kind: "connection", detail: "my former supervisor Dana Lee works in your tax group" },
      ],
      organisation: {
        name: "<script>alert(1)</script> Holdings",
        role: "Senior Associate in the Combined Local Authority Pensions and Investments Oversight and Assurance Directorate",
        size: "large",
      },
      interviewers: [{ name: "Dr. <b>Evil</b> Smith" }, { name: "[Name]" }],
      reference: {
        name: "Dana Lee",
        trusted: "yes",
        canMention: "my former supervisor Dana Lee works in your tax group",
      },
      candidate: { name: "Sam {{surname}}" },
    },
  },
  {
    title: "Grace, at a small literacy charity",
    situation:
      "A small organisation and a noticed slip of dress (LaReau: a handwritten note; Brooks: one line for one slip).",
    now: "2026-11-20T12:30:00Z",
    debrief: {
      interview: { endedAt: "2026-11-20T09:30:00Z", format: "in-person", severity: "minor" },
      feelings: { rawness: "calm" },
      standing: {
        strength: "average",
        wantJob: "very",
        believesFit: "yes",
        valuesOrganisation: "yes",
      },
      reflection: { wentWell: ["the story about our volunteer reading scheme"] },
      slips: [
        {
          what: "Wore jeans, everyone else in suits, the director looked me up and down",
          kind: "attire",
          noticed: "certain",
        },
      ],
      organisation: {
        name: "Brightpath Literacy",
        role: "Programme Coordinator",
        size: "small",
        values: ["every child reading"],
      },
      interviewers: [{ name: "Aisha Bello", honorific: "Dr", title: "Director" }],
      candidate: { name: "Grace Mwangi", email: "grace.mwangi@example.com" },
      timeZone: "Africa/Nairobi",
    },
  },
];

/** Interviews that cannot be, refused before any plan is built (ADVICE.md "Time that cannot be"). */
export const REFUSED: readonly Person[] = [
  {
    title: "An interview that ended in 1906",
    situation: "A mistyped year.",
    now: "2026-11-23T10:00:00Z",
    debrief: {
      interview: { endedAt: "1906-11-23T09:00:00Z" },
      organisation: { name: "Acme Ltd" },
    },
  },
  {
    title: "An interview two days from now",
    situation: "A date picked a week out by mistake, or a debrief filled in before the day.",
    now: "2026-11-23T10:00:00Z",
    debrief: {
      interview: { endedAt: "2026-11-25T09:00:00Z" },
      organisation: { name: "Acme Ltd" },
    },
  },
];
