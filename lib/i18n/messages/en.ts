import type { Messages } from "./id";
import { competencyLabelsEn, positionTypeLabelsEn } from "./labels.en";
import { accountsEn } from "./accounts.en";
import { auditEn } from "./audit.en";
import { competencyEn } from "./competency.en";
import { planEn } from "./plan.en";
import { planCoreEn } from "./plan-core.en";
import { planActualEn } from "./plan-actual.en";
import { compRulesEn } from "./comp-rules.en";
import { compStandardsEn } from "./comp-standards.en";
import { compProfileEn } from "./comp-profile.en";
import { compGapsEn } from "./comp-gaps.en";
import { compNeedsEn } from "./comp-needs.en";
import { bulkEn } from "./bulk.en";
import { catalogEditEn } from "./catalog-edit.en";
import { certificateEn } from "./certificate.en";
import { eligibilityEn } from "./eligibility.en";
import { evaluationEn } from "./evaluation.en";
import { complianceAdminEn } from "./compliance-admin.en";
import { complianceListEn } from "./compliance-list.en";
import { statusPagesEn } from "./status-pages.en";
import { externalEn } from "./external.en";
import { feedbackEn } from "./feedback.en";
import { feedbackHomeEn } from "./feedback-home.en";
import { importEn } from "./import.en";
import { importUiEn } from "./import-ui.en";
import { jpEn } from "./jp.en";
import { learningEn } from "./learning.en";
import { ledgerEn } from "./ledger.en";
import { noticesEn } from "./notices.en";
import { reactionEn } from "./reaction.en";
import { resultsEn } from "./results.en";
import { rundownEn } from "./rundown.en";
import { trainingAdminEn } from "./training-admin.en";
import { trainingAsnEn } from "./training-asn.en";
import { trainingTeamEn } from "./training-team.en";
import { peopleEn } from "./people.en";
import { orgEn } from "./org.en";
import { compAssessEn } from "./comp-assess.en";
import { planDocumentsEn } from "./plan-documents.en";
import { planProposalsEn } from "./plan-proposals.en";

export const en: Messages = {
  accounts: accountsEn,
  audit: auditEn,
  competencyNav: competencyEn,
  planNav: planEn,
  planCore: planCoreEn,
  planActual: planActualEn,
  compRules: compRulesEn,
  compStandards: compStandardsEn,
  compProfile: compProfileEn,
  compGaps: compGapsEn,
  compNeeds: compNeedsEn,
  bulk: bulkEn,
  catalogEdit: catalogEditEn,
  certificate: certificateEn,
  eligibility: eligibilityEn,
  complianceAdmin: complianceAdminEn,
  complianceList: complianceListEn,
  statusPages: statusPagesEn,
  evaluation: evaluationEn,
  external: externalEn,
  feedback: feedbackEn,
  feedbackHome: feedbackHomeEn,
  fileImport: importEn,
  importUi: importUiEn,
  jp: jpEn,
  learning: learningEn,
  ledgerAdmin: ledgerEn,
  notices: noticesEn,
  reaction: reactionEn,
  results: resultsEn,
  rundown: rundownEn,
  trainingAdmin: trainingAdminEn,
  trainingAsn: trainingAsnEn,
  trainingTeam: trainingTeamEn,
  people: peopleEn,
  org: orgEn,
  compAssess: compAssessEn,
  planDocuments: planDocumentsEn,
  planProposals: planProposalsEn,
  app: { name: "Bangkom", tagline: "Civil-service competency development" },
  common: {
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
    search: "Search",
    searchPlaceholder: "Search name or NIP…",
    filter: "Apply",
    reset: "Reset",
    all: "All",
    previous: "Previous",
    next: "Next",
    pageOf: "Page {page} of {pages}",
    showing: "Showing {from}–{to} of {total}",
    none: "—",
    saved: "Changes saved.",
    back: "Back",
    unexpected: "Something went wrong. Give code {id} to your administrator.",
    forbidden: "You are not allowed to do this.",
    notFound: "Not found, or outside what you may see.",
    invalid: "Please check the highlighted fields.",
    signInRequired: "Your session has ended. Please sign in again.",
    duplicate: "This was already saved (the form may have been sent twice). Reload the page to see it.",
    malformed: "The request could not be read. Reload the page and try again.",
  },
  validation: {
    required: "Required.",
    tooLong: "Too long.",
    nul: "Contains a character that is not allowed.",
    date: "Not a valid date: use a calendar date that exists (YYYY-MM-DD).",
    url: "A link must start with https:// or http://.",
    number: "Enter a whole number in the allowed range.",
    tooMany: "Too many entries.",
  },
  nav: {
    home: "Home",
    team: "My team",
    admin: "Dashboard",
    employees: "Employees",
    unitEmployees: "Unit employees",
    teaching: "Teaching schedule",
    catalog: "Training catalog",
    myTraining: "My training",
    approvals: "Approvals",
    trainingAdmin: "Manage training",
    compliance: "JP compliance",
    verification: "External verification",
    policy: "JP policy",
    myJp: "My JP",
    feedback: "Feedback",
    evaluationSets: "Evaluation sets",
    certificateSettings: "Certificates",
    evaluation: "Training evaluation",
    myCertificates: "My certificates",
    teamJp: "Team JP",
    inbox: "Inbox",
    signOut: "Sign out",
    language: "Language",
    menu: "Menu",
    sections: { agency: "Management", jp: "JP & compliance", evaluation: "Evaluation & certificates", unit: "My unit", team: "Team", mine: "Me", teaching: "Teaching", general: "General" },
  },
  roles: { ADMIN: "Agency admin", OPERATOR: "OPD operator", SUPERVISOR: "Supervisor", ASN: "ASN", TRAINER: "Trainer", PLAN_APPROVER: "Plan approver" },
  login: {
    title: "Sign in to Bangkom",
    subtitle: "ASN sign in with their NIP; admins with e-mail.",
    identifier: "NIP or e-mail",
    identifierHint: "Example: 19800101 200501 1 001",
    password: "Password",
    submit: "Sign in",
    submitting: "Checking…",
    invalid: "Wrong NIP/e-mail or password.",
    rateLimited: "Too many failed sign-ins from this device. For your security, try again {wait}.",
    required: "Enter your NIP/e-mail and password.",
    demo: "Demo accounts are listed in the README.",
  },
  nip: {
    length: "A NIP has exactly 18 digits.",
    birthDate: "The birth date in the NIP (digits 1–8) is not a valid date.",
    tmtMonth: "The TMT month in the NIP (digits 13–14) must be 01–12, or 21 for PPPK.",
    tmtYear: "The TMT year in the NIP (digits 9–12) does not fit its birth date.",
    gender: "The gender digit of the NIP (digit 15) must be 1 (male) or 2 (female).",
    sequence: "The NIP sequence (digits 16–18) cannot be 000.",
  },
  employee: {
    nip: "NIP",
    name: "Name",
    kind: "Status",
    rank: "Rank/grade",
    unit: "Unit",
    position: "Position",
    positionType: "Position type",
    supervisor: "Direct supervisor",
    noSupervisor: "No direct supervisor",
    serviceStart: "Service start",
    phone: "Phone number",
    email: "E-mail",
    gender: "Gender",
    M: "Male",
    F: "Female",
    PNS: "PNS",
    PPPK: "PPPK",
  },
  positionType: positionTypeLabelsEn,
  competency: competencyLabelsEn,
  home: {
    greeting: "Welcome, {name}",
    profile: "My profile",
    contact: "Contact",
    contactHint: "Your phone and e-mail are used for training notifications.",
    phoneInvalid: "A phone number has 8–15 digits and may start with +62 or 0.",
    emailInvalid: "This is not a valid e-mail address.",
    noEmployee: "This account is not linked to an employee record.",
  },
  team: {
    title: "My team",
    subtitle: "Your direct and indirect staff.",
    direct: "Direct",
    indirect: "Indirect",
    relation: "Relation",
    empty: "You have no staff in Bangkom yet.",
    noMatch: "No team member matches the search.",
  },
  admin: {
    title: "Agency dashboard",
    totalAsn: "ASN",
    totalPns: "PNS",
    totalPppk: "PPPK",
    totalUnits: "Regional offices",
    byOpd: "ASN per regional office",
    opd: "Regional office",
    headcount: "Headcount",
    seeList: "See list",
    employeesTitle: "ASN list",
    unitEmployeesTitle: "Employees of my unit",
    allUnits: "All units",
    allTypes: "All position types",
    allKinds: "PNS and PPPK",
    empty: "No ASN data yet.",
    noMatch: "No ASN match the filters. Change the search or reset the filters.",
  },
  supervisorChange: {
    title: "Change direct supervisor",
    hint: "Choose an ASN of the same agency. The change is written to the audit log.",
    candidate: "New supervisor's NIP",
    candidateHint: "Leave empty to remove the direct supervisor.",
    self: "An ASN cannot supervise themselves.",
    cycle: "This change would make the chain of supervisors circular: {name} reports (directly or not) to this employee.",
    otherAgency: "The supervisor must belong to the same agency.",
    notFound: "No ASN has that NIP.",
    retired: "That ASN is no longer in service.",
    submit: "Save supervisor",
    done: "Direct supervisor changed.",
  },
  teaching: {
    title: "Teaching schedule",
    empty: "No sessions are assigned to you yet.",
  },
  enrolment: {
    registered: "Registration sent. Waiting for your supervisor's approval.",
    nominated: "Nomination sent. Waiting for the supervisor's approval.",
    registeredToAgency: "Registration sent. Waiting for the agency's approval.",
    nominatedToAgency: "Nomination sent. Waiting for the agency's approval.",
    decided: "Decision saved.",
    withdrawn: "You have withdrawn.",
    reasonRequired: "Give a reason (at least 5 characters).",
    noteTooLong: "A note has at most 500 characters.",
    problem: {
      notOpen: "This batch is not open for registration.",
      windowNotStarted: "Registration for this batch has not opened yet.",
      windowClosed: "Registration for this batch has closed.",
      positionType: "Your position type is not among this program's participants.",
      unit: "Your unit is not among this program's participants.",
      inactive: "This employee is no longer in service.",
      duplicate: "There is already a registration for this batch.",
      clash: "Its dates clash with confirmed training: {title}.",
      quota: "This batch has per-unit quotas, and your unit has none.",
      alreadyDecided: "This registration has already been decided.",
      notWithdrawable: "This registration can no longer be withdrawn.",
    },
  },
  catalog: {
    required: "Required.",
    tooLong: "Too long.",
    dateInvalid: "Not a valid date.",
    timeInvalid: "Not a valid time (00:00–24:00).",
    routeInvalid: "Choose a development route code (KL01–KL12 or NKL01–NKL13).",
    levelRange: "The target level must be 1–5.",
    wholeNumber: "Must be a whole number.",
    positive: "Must be more than zero.",
    kindInvalid: "Choose a session kind.",
    endBeforeStart: "The end must come after the start.",
    urlInvalid: "Not a valid link.",
    statusInvalid: "The batch cannot move to that status from its current one.",
    numberTaken: "This batch number is already used for the same program.",
    sessionOutsideBatch: "A session's date must fall between the batch's first and last day.",
    batchFinished: "The batch is finished or cancelled.",
    sessionNotStarted: "Attendance can be recorded only once its session has started.",
    batchNotEnded: "The batch can be completed only after its last session has ended.",
    quotaUnitTwice: "A unit can have only one quota.",
    feedbackMonths: "The number of months must be a whole number from 1 to 24.",
  },
  forbiddenPage: {
    title: "Access denied",
    body: "This page is not available for your role.",
  },
};
