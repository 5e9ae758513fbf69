Feature: Clause 6 - internal ISMS audits
  The auditor checks that internal audits are performed at the planned interval against the standard, the law
  and the security requirements, that a programme covers every area by priority, that auditors do not audit
  their own work, that a documented procedure exists, and that audit nonconformities are acted on and verified.

  Background:
    Given these people:
      | id    | name            | jobTitle         | management |
      | P-CEO | Ada Lovelace    | CEO              | true       |
      | P-AUD | Katherine Brown | Internal auditor | false      |
      | P-OPS | Grace Hopper    | Head of Ops      | false      |
      | P-DEV | Linus Pauling   | Head of Dev      | false      |
    And these ISMS areas:
      | id     | name                | owner | importance |
      | AR-OPS | IT operations       | P-OPS | high       |
      | AR-DEV | Software production | P-DEV | medium     |

  Rule: 6.intervals - internal audits are conducted at planned intervals

    @6.intervals @conforming
    Scenario: The latest audit lies within the 12-month default, an older one does not count against it
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-0 | 2025-03-01  | P-AUD   | [AR-OPS, AR-DEV] |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.intervals

    @6.intervals @nonconforming
    Scenario: An empty list of audits is one major nonconformity and no per-audit or per-area finding
      Given the audit programme is:
        | id                    | AP-1 |
        | plannedIntervalMonths | 12   |
      And these audit programme areas:
        | areaId | priority | basis           |
        | AR-OPS | high     | Critical system |
        | AR-DEV | medium   | New processes   |
      And the snapshot lists no internal audits
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a major nonconformity about $.internalAudits
      And there is no finding against 6.programme
      And there is no finding against 6.criteria
      And there is no finding against 6.c

    @6.intervals @nonconforming
    Scenario: Audits that were only planned, never performed, count as no audit
      Given these internal audits:
        | id   | plannedOn  | areaIds  |
        | IA-1 | 2026-05-01 | [AR-OPS] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a major nonconformity about $.internalAudits

    @6.intervals @nonconforming
    Scenario: No internal audits in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a gap about $.internalAudits

    @6.intervals @nonconforming
    Scenario: The last audit is older than the 12-month default
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-0 | 2024-09-01  | P-AUD   | [AR-OPS, AR-DEV] |
        | IA-1 | 2025-09-01  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a minor nonconformity about IA-1
      And the finding against 6.intervals about IA-1 points at $.internalAudits[1].performedOn

    @6.intervals @conforming
    Scenario: The programme's own 24-month interval wins over the 12-month default
      Given the audit programme is:
        | id                    | AP-1 |
        | plannedIntervalMonths | 24   |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2025-09-01  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.intervals

    @6.intervals @nonconforming
    Scenario: The programme's own 6-month interval wins over the organization's 24 months
      Given the organization's own interval for internal-audit is P24M
      And the audit programme is:
        | id                    | AP-1 |
        | plannedIntervalMonths | 6    |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-01  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a minor nonconformity about IA-1

    @6.intervals @nonconforming
    Scenario: One area was last audited more than an interval ago while audits otherwise go on
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-0 | 2025-06-01  | P-AUD   | [AR-DEV] |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a minor nonconformity about AR-DEV

    @6.intervals @nonconforming
    Scenario: A planned audit whose date has passed was not carried out; a future one is not late
      Given these internal audits:
        | id   | plannedOn  | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-01 | 2026-03-02  | P-AUD   | [AR-OPS, AR-DEV] |
        | IA-2 | 2026-10-01 |             |         | [AR-OPS]         |
        | IA-3 | 2027-01-15 |             |         | [AR-DEV]         |
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a minor nonconformity about IA-2

    @6.intervals @nonconforming
    Scenario: A list stated not to exist (format 1.1) reads as an empty list: no internal audit has been performed
      Given the snapshot states that the organization has no internalAudits
      When it is assessed on 2026-11-29
      Then the only finding against 6.intervals is a major nonconformity about $.internalAudits

  Rule: 6.a to 6.d - audits check the standard, the law and the security requirements, and conclude on implementation and performance

    @6.a @6.b @6.c @6.d @conforming
    Scenario: An audit against the standard, legislation and security requirements, with both conclusions
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria                                        | scope     | method                 | implementationResult         | performanceResult             |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001, legislation, security-requirements] | Whole ISMS | Interviews and samples | Controls implemented, 2 gaps | Objectives met except backups |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.a
      And there is no finding against 6.b
      And there is no finding against 6.c
      And there is no finding against 6.d

    @6.a @6.b @nonconforming
    Scenario: An audit against the policies and the standard only
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | criteria                                        | scope | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] | [iso27001, policies]                            | Ops   | Interviews |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | [security-requirements, legislation, iso27001] | Dev   | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 6.a is a minor nonconformity about IA-1
      And the only finding against 6.b is a minor nonconformity about IA-1
      And the finding against 6.a about IA-1 points at $.internalAudits[0].criteria

    @6.a @6.b @nonconforming
    Scenario: An audit with no criteria at all is reported under 6.criteria only
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          | scope      | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | Whole ISMS | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 6.criteria is a minor nonconformity about IA-1
      And there is no finding against 6.a
      And there is no finding against 6.b

    @6.c @6.d @nonconforming
    Scenario: A performed audit without conclusions; a planned one is not yet expected to have any
      Given these internal audits:
        | id   | plannedOn  | performedOn | auditor | areaIds          | implementationResult | performanceResult |
        | IA-1 | 2026-03-01 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |                      |                   |
        | IA-2 | 2026-04-01 | 2026-04-10  | P-AUD   | [AR-OPS]         | Implemented          | As expected       |
        | IA-3 | 2027-02-01 |             | P-AUD   | [AR-DEV]         |                      |                   |
      When it is assessed on 2026-11-29
      Then the only finding against 6.c is a minor nonconformity about IA-1
      And the only finding against 6.d is a minor nonconformity about IA-1
      And the finding against 6.d about IA-1 points at $.internalAudits[0].performanceResult

  Rule: 6.programme - a programme covers every area, prioritized by importance and previous results

    @6.programme @conforming
    Scenario: Every area is in the programme with a priority and its basis, and every area has been audited
      Given the audit programme is:
        | id                    | AP-1 |
        | plannedIntervalMonths | 12   |
      And these audit programme areas:
        | areaId | priority | basis                                  |
        | AR-OPS | high     | Critical systems; 2 findings last year |
        | AR-DEV | low      | No findings in the last two audits     |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      And internal audit IA-1 found:
        | id    | kind        | areaId | description               |
        | IA1-1 | observation | AR-DEV | Code review not evidenced |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.programme

    @6.programme @nonconforming
    Scenario: No audit programme in the snapshot is a gap
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.programme is a gap about $.auditProgramme

    @6.programme @nonconforming
    Scenario: A programme that plans no area is a major nonconformity
      Given the audit programme is:
        | id    | AP-1 |
        | areas | []   |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.programme is a major nonconformity about AP-1

    @6.programme @nonconforming
    Scenario: One area left out of the programme, another without a basis for its priority
      Given these ISMS areas:
        | id     | name      | owner | importance |
        | AR-SUP | Suppliers | P-CEO | low        |
      And the audit programme is:
        | id | AP-1 |
      And these audit programme areas:
        | areaId | priority | basis           |
        | AR-OPS | high     | Critical system |
        | AR-DEV | medium   |                 |
      And these internal audits:
        | id   | performedOn | auditor | areaIds                  |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV, AR-SUP] |
      When it is assessed on 2026-11-29
      Then the findings against 6.programme are:
        | kind                | subject |
        | minor nonconformity | AR-SUP  |
        | minor nonconformity | AR-DEV  |

    @6.programme @nonconforming
    Scenario: An important area and an area with audit nonconformities both planned at low priority
      Given these ISMS areas:
        | id     | name      | owner | importance |
        | AR-SUP | Suppliers | P-CEO | low        |
      And the audit programme is:
        | id | AP-1 |
      And these audit programme areas:
        | areaId | priority | basis               |
        | AR-OPS | low      | Stable              |
        | AR-DEV | low      | Stable              |
        | AR-SUP | low      | Few critical vendors |
      And these internal audits:
        | id   | performedOn | auditor | areaIds                  |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV, AR-SUP] |
      And internal audit IA-1 found:
        | id    | kind                | areaId | description            |
        | IA1-1 | minor-nonconformity | AR-DEV | No peer review of code |
        | IA1-2 | major-nonconformity | AR-DEV | Secrets in source code |
        | IA1-3 | observation         | AR-SUP | Contract list outdated |
      When it is assessed on 2026-11-29
      Then the findings against 6.programme are:
        | kind                | subject |
        | minor nonconformity | AR-OPS  |
        | minor nonconformity | AR-DEV  |

    @6.programme @nonconforming
    Scenario: An area no performed audit has ever covered
      Given the audit programme is:
        | id | AP-1 |
      And these audit programme areas:
        | areaId | priority | basis           |
        | AR-OPS | high     | Critical system |
        | AR-DEV | medium   | New processes   |
      And these internal audits:
        | id   | plannedOn  | performedOn | auditor | areaIds  |
        | IA-1 | 2026-03-01 | 2026-03-10  | P-AUD   | [AR-OPS] |
        | IA-2 | 2027-01-10 |             | P-AUD   | [AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.programme is a minor nonconformity about AR-DEV

    @6.programme @nonconforming
    Scenario: An area left out of the programme and never audited is reported once, as left out
      Given the audit programme is:
        | id | AP-1 |
      And these audit programme areas:
        | areaId | priority | basis           |
        | AR-OPS | high     | Critical system |
      And these internal audits:
        | id   | performedOn | auditor | areaIds  |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.programme is a minor nonconformity about AR-DEV
      And the finding against 6.programme about AR-DEV points at $.auditProgramme.areas

    @6.programme @nonconforming
    Scenario: The organization states that it has no audit programme (format 1.1)
      Given the snapshot states that the organization has no auditProgramme
      When it is assessed on 2026-11-29
      Then the only finding against 6.programme is a major nonconformity about $.auditProgramme

  Rule: 6.criteria - each audit's criteria, scope and method, and the audit frequency, are defined

    @6.criteria @conforming
    Scenario: Audits with criteria, scope and method; the frequency set by the organization
      Given the organization's own interval for internal-audit is P12M
      And the audit programme is:
        | id | AP-1 |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria                 | scope      | method                 |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001, legislation] | Whole ISMS | Interviews and samples |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.criteria

    @6.criteria @nonconforming
    Scenario: An audit without scope and method next to a complete one
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | criteria    | scope | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] | [iso27001] |       |            |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | [iso27001] | Dev   | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 6.criteria is a minor nonconformity about IA-1
      And the finding against 6.criteria about IA-1 points at $.internalAudits[0].scope
      And the finding against 6.criteria about IA-1 points at $.internalAudits[0].method

    @6.criteria @nonconforming
    Scenario: A programme that sets no frequency, with no interval of the organization's own
      Given the audit programme is:
        | id | AP-1 |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria    | scope      | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001] | Whole ISMS | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 6.criteria is a minor nonconformity about AP-1

  Rule: 6.objectivity - auditors do not audit their own work

    @6.objectivity @conforming
    Scenario: An independent auditor audits both areas
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.objectivity

    @6.objectivity @nonconforming
    Scenario: The head of operations audits operations and software production
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-OPS   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.objectivity is a minor nonconformity about IA-1
      And the finding against 6.objectivity about IA-1 points at $.areas[0].owner

    @6.objectivity @nonconforming
    Scenario: An auditor audits the area where they own the action on an earlier finding
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-0 | 2025-06-01  | P-AUD   | [AR-OPS, AR-DEV] |
        | IA-1 | 2026-06-01  | P-OPS   | [AR-DEV]         |
      And internal audit IA-0 found:
        | id    | kind                | areaId | actionId |
        | IA0-1 | minor-nonconformity | AR-DEV | CA-1     |
        | IA0-2 | minor-nonconformity | AR-OPS | CA-2     |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | owner | raisedOn   |
        | CA-1 | corrective | internal-audit | IA-0     | P-OPS | 2025-06-10 |
        | CA-2 | corrective | internal-audit | IA-0     | P-OPS | 2025-06-10 |
      When it is assessed on 2026-11-29
      Then the only finding against 6.objectivity is a minor nonconformity about IA-1
      And the finding against 6.objectivity about IA-1 points at $.actions[0].owner

    @6.objectivity @nonconforming
    Scenario: A performed audit that names no auditor is a gap
      Given these internal audits:
        | id   | performedOn | areaIds          |
        | IA-1 | 2026-03-10  | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 6.objectivity is a gap about IA-1

  Rule: 6.procedure - a documented audit procedure

    @6.procedure @conforming
    Scenario: An issued internal audit procedure
      Given these documents:
        | id      | title                    | type            | status |
        | DOC-AUD | Internal audit procedure | audit-procedure | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.procedure

    @6.procedure @nonconforming
    Scenario: A document register without an audit procedure is a major nonconformity
      Given these documents:
        | id      | title                    | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 6.procedure is a major nonconformity about $.documents

    @6.procedure @nonconforming
    Scenario: The only audit procedure is still a draft
      Given these documents:
        | id      | title                    | type            | status |
        | DOC-AUD | Internal audit procedure | audit-procedure | draft  |
      When it is assessed on 2026-11-29
      Then the only finding against 6.procedure is a minor nonconformity about DOC-AUD

    @6.procedure @nonconforming
    Scenario: No document register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.procedure is a gap about $.documents

  Rule: 6.timely - actions on audit nonconformities are raised without undue delay

    Background:
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS, AR-DEV] |

    @6.timely @conforming
    Scenario: Actions raised within the 30 days allowed, and an observation needs none
      Given internal audit IA-1 found:
        | id    | kind                | areaId | actionId |
        | IA1-1 | minor-nonconformity | AR-OPS | CA-1     |
        | IA1-2 | major-nonconformity | AR-DEV | CA-2     |
        | IA1-3 | observation         | AR-DEV |          |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | raisedOn   |
        | CA-1 | corrective | internal-audit | IA-1     | 2026-06-20 |
        | CA-2 | corrective | internal-audit | IA-1     | 2026-07-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.timely

    @6.timely @nonconforming
    Scenario: One action raised 75 days after the audit, another on time
      Given internal audit IA-1 found:
        | id    | kind                | areaId | actionId |
        | IA1-1 | minor-nonconformity | AR-OPS | CA-1     |
        | IA1-2 | major-nonconformity | AR-DEV | CA-2     |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | raisedOn   |
        | CA-1 | corrective | internal-audit | IA-1     | 2026-08-15 |
        | CA-2 | corrective | internal-audit | IA-1     | 2026-06-10 |
      When it is assessed on 2026-11-29
      Then the only finding against 6.timely is a minor nonconformity about IA1-1
      And the finding against 6.timely about IA1-1 points at $.actions[0].raisedOn

    @6.timely @nonconforming
    Scenario: An action on an audit nonconformity with no date raised is a gap
      Given internal audit IA-1 found:
        | id    | kind                | areaId | actionId |
        | IA1-1 | minor-nonconformity | AR-OPS | CA-1     |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId |
        | CA-1 | corrective | internal-audit | IA-1     |
      When it is assessed on 2026-11-29
      Then the only finding against 6.timely is a gap about CA-1

  Rule: 6.followup - the actions taken on audit findings are verified

    @6.followup @conforming
    Scenario: A closed audit action verified after closure, and an open one not yet due for verification
      Given these corrective and preventive actions:
        | id   | type       | source         | status      | closedOn   | verifiedOn |
        | CA-1 | corrective | internal-audit | done        | 2026-08-01 | 2026-09-01 |
        | CA-2 | corrective | internal-audit | in-progress |            |            |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.followup

    @6.followup @nonconforming
    Scenario: Closed audit actions without verification; an incident action is not an audit action
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS, AR-DEV] |
      And internal audit IA-1 found:
        | id    | kind                | areaId | actionId |
        | IA1-1 | minor-nonconformity | AR-OPS | CA-1     |
      And these corrective and preventive actions:
        | id   | type       | source         | status | closedOn   | verifiedOn |
        | CA-1 | corrective | other          | done   | 2026-08-01 |            |
        | CA-2 | corrective | internal-audit | done   | 2026-08-01 |            |
        | CA-3 | corrective | incident       | done   | 2026-08-01 |            |
        | CA-4 | corrective | internal-audit | done   | 2026-08-01 | 2026-07-15 |
      When it is assessed on 2026-11-29
      Then the findings against 6.followup are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
        | minor nonconformity | CA-2    |
        | minor nonconformity | CA-4    |
      And the finding against 6.followup about CA-4 points at $.actions[3].closedOn

    @6.followup @conforming
    Scenario: Open audit actions within their due dates (format 1.1 situations: follow-up in time)
      Given these corrective and preventive actions:
        | id   | type       | source         | status      | dueOn      |
        | CA-1 | corrective | internal-audit | in-progress | 2026-12-15 |
        | CA-2 | corrective | incident       | open        | 2027-01-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.followup

    @6.followup @8.2.d @nonconforming
    Scenario: An audit action past its due date is one finding under 6, with 8.2.d beside it; an incident action is 8.2.d's alone
      Given these corrective and preventive actions:
        | id   | type       | source         | status      | dueOn      |
        | CA-1 | corrective | internal-audit | in-progress | 2026-09-30 |
        | CA-2 | corrective | incident       | open        | 2026-09-30 |
      When it is assessed on 2026-11-29
      Then the findings against 6.followup are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
      And the finding against 6.followup about CA-1 says "60 days late"
