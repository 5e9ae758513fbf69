Feature: Clause 9.2 - internal ISMS audits
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

  Rule: 9.2.2.programme - internal audits are conducted at planned intervals

  Rule: 9.2.1.a.2 to 9.2.1.b - audits check the standard, the law and the security requirements, and conclude on implementation and performance

    @9.2.1.a.2 @9.2.1.a.1 @9.2.1.b @conforming
    Scenario: An audit against the standard, legislation and security requirements, with both conclusions
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria                                        | scope     | method                 | implementationResult         | performanceResult             |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001, legislation, security-requirements] | Whole ISMS | Interviews and samples | Controls implemented, 2 gaps | Objectives met except backups |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.1.a.2
      And there is no finding against 9.2.1.a.1
      And there is no finding against 9.2.1.b
      And there is no finding against 9.2.1.b

    @9.2.1.a.2 @9.2.1.a.1 @nonconforming
    Scenario: An audit against the policies and the standard only
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | criteria                                        | scope | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] | [iso27001, policies]                            | Ops   | Interviews |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | [security-requirements, legislation, iso27001] | Dev   | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.1.a.2 is a minor nonconformity about IA-1
      And the only finding against 9.2.1.a.1 is a minor nonconformity about IA-1
      And the finding against 9.2.1.a.2 about IA-1 points at $.internalAudits[0].criteria

    @9.2.1.a.2 @9.2.1.a.1 @nonconforming
    Scenario: An audit with no criteria at all is reported under 9.2.2.a only
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          | scope      | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | Whole ISMS | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.a is a minor nonconformity about IA-1
      And there is no finding against 9.2.1.a.2
      And there is no finding against 9.2.1.a.1

    @9.2.1.b @nonconforming
    Scenario: One audit concludes nothing on implementation, another nothing on performance
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | criteria                                       | scope | method     | implementationResult | performanceResult  |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] | [iso27001, legislation, security-requirements] | Ops   | Interviews |                      | Objectives met     |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | [iso27001, legislation, security-requirements] | Dev   | Interviews | Controls implemented |                    |
      When it is assessed on 2026-11-29
      Then the findings against 9.2.1.b are:
        | kind                | subject |
        | minor nonconformity | IA-1    |
        | minor nonconformity | IA-2    |
      And the finding against 9.2.1.b about IA-1 points at $.internalAudits[0].implementationResult
      And the finding against 9.2.1.b about IA-2 points at $.internalAudits[1].performanceResult

  Rule: 9.2.2.programme - a programme covers every area, prioritized by importance and previous results

    @9.2.2.programme @conforming
    Scenario: An approved programme plans every area by priority, and every area was audited within the year
      Given the audit programme is:
        | id         | AP-1       |
        | approvedBy | P-CEO      |
        | approvedOn | 2026-01-15 |
      And these audit programme areas:
        | areaId | priority | basis                                  |
        | AR-OPS | high     | Critical systems; 2 findings last year |
        | AR-DEV | medium   | New processes                          |
      And these internal audits:
        | id   | plannedOn  | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-01 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
        | IA-2 | 2027-03-01 |             | P-AUD   | [AR-OPS]         |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.2.programme

    @9.2.2.programme @nonconforming
    Scenario: No audit programme in the snapshot is a gap
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.programme is a gap about $.auditProgramme

  Rule: 9.2.2.a - each audit's criteria, scope and method, and the audit frequency, are defined

    @9.2.2.a @conforming
    Scenario: Audits with criteria, scope and method; the frequency set by the organization
      Given the organization's own interval for internal-audit is P12M
      And the audit programme is:
        | id | AP-1 |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria                 | scope      | method                 |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001, legislation] | Whole ISMS | Interviews and samples |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.2.a

    @9.2.2.a @nonconforming
    Scenario: An audit without scope and method next to a complete one
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | criteria    | scope | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] | [iso27001] |       |            |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | [iso27001] | Dev   | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.a is a minor nonconformity about IA-1
      And the finding against 9.2.2.a about IA-1 points at $.internalAudits[0].scope
      And the finding against 9.2.2.a about IA-1 points at $.internalAudits[0].method

    @9.2.2.a @nonconforming
    Scenario: A programme that sets no frequency, with no interval of the organization's own
      Given the audit programme is:
        | id | AP-1 |
      And these internal audits:
        | id   | performedOn | auditor | areaIds          | criteria    | scope      | method     |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | [iso27001] | Whole ISMS | Interviews |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.a is a minor nonconformity about AP-1

  Rule: 9.2.2.b - auditors do not audit their own work

    @9.2.2.b @conforming
    Scenario: An independent auditor audits both areas
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.2.b

    @9.2.2.b @nonconforming
    Scenario: The head of operations audits operations and software production
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-03-10  | P-OPS   | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.b is a minor nonconformity about IA-1
      And the finding against 9.2.2.b about IA-1 points at $.areas[0].owner

    @9.2.2.b @nonconforming
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
      Then the only finding against 9.2.2.b is a minor nonconformity about IA-1
      And the finding against 9.2.2.b about IA-1 points at $.actions[0].owner

    @9.2.2.b @nonconforming
    Scenario: A performed audit that names no auditor is a gap
      Given these internal audits:
        | id   | performedOn | areaIds          |
        | IA-1 | 2026-03-10  | [AR-OPS, AR-DEV] |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.b is a gap about IA-1

  Rule: 9.2.2.documented - a documented audit procedure

    @9.2.2.documented @conforming
    Scenario: An issued internal audit procedure
      Given these documents:
        | id      | title                    | type            | status |
        | DOC-AUD | Internal audit procedure | audit-procedure | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.2.documented

    @9.2.2.documented @nonconforming
    Scenario: A document register without an audit procedure is a major nonconformity
      Given these documents:
        | id      | title                    | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.documented is a major nonconformity about $.documents

    @9.2.2.documented @nonconforming
    Scenario: The only audit procedure is still a draft
      Given these documents:
        | id      | title                    | type            | status |
        | DOC-AUD | Internal audit procedure | audit-procedure | draft  |
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.documented is a minor nonconformity about DOC-AUD

    @9.2.2.documented @nonconforming
    Scenario: No document register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 9.2.2.documented is a gap about $.documents

  Rule: 10.2.a.1 - actions on audit nonconformities are raised without undue delay

    Background:
      Given these internal audits:
        | id   | performedOn | auditor | areaIds          |
        | IA-1 | 2026-06-01  | P-AUD   | [AR-OPS, AR-DEV] |

  Rule: 10.2.d - the actions taken on audit findings are verified

    @10.2.d @conforming
    Scenario: Open audit actions within their due dates (format 1.1 situations: follow-up in time)
      Given these corrective and preventive actions:
        | id   | type       | source         | status      | dueOn      |
        | CA-1 | corrective | internal-audit | in-progress | 2026-12-15 |
        | CA-2 | corrective | incident       | open        | 2027-01-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against 10.2.d

    @10.2.d @10.2.c @nonconforming
    Scenario: An audit action past its due date is one finding under 6, with 10.2.c beside it; an incident action is 10.2.c's alone
      Given these corrective and preventive actions:
        | id   | type       | source         | status      | dueOn      |
        | CA-1 | corrective | internal-audit | in-progress | 2026-09-30 |
        | CA-2 | corrective | incident       | open        | 2026-09-30 |
      When it is assessed on 2026-11-29
      Then the findings against 10.2.d are:
        | kind                | subject |
        | minor nonconformity | CA-1    |
      And the finding against 10.2.d about CA-1 says "60 days late"

  Rule: 9.2.2.c - the results of each audit are reported to the relevant managers (format 1.2)

    @9.2.2.c @conforming
    Scenario: The audit performed was reported to the CEO; the audit planned for next year has nothing to report yet
      Given these internal audits:
        | id   | plannedOn  | performedOn | auditor | areaIds          | reportedTo | reportedOn |
        | IA-1 | 2026-03-01 | 2026-03-10  | P-AUD   | [AR-OPS, AR-DEV] | P-CEO      | 2026-03-20 |
        | IA-2 | 2027-03-01 |             | P-AUD   | [AR-OPS]         |            |            |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.2.2.c

    @9.2.2.c @nonconforming
    Scenario: One audit's report is not recorded at all, another's does not say when it was made
      Given these internal audits:
        | id   | performedOn | auditor | areaIds  | reportedTo | reportedOn |
        | IA-1 | 2026-03-10  | P-AUD   | [AR-OPS] |            |            |
        | IA-2 | 2026-04-10  | P-AUD   | [AR-DEV] | P-CEO      |            |
        | IA-3 | 2026-05-10  | P-AUD   | [AR-OPS] | P-OPS      | 2026-05-12 |
      When it is assessed on 2026-11-29
      Then the findings against 9.2.2.c are:
        | kind | subject |
        | gap  | IA-1    |
        | gap  | IA-2    |
      And the finding against 9.2.2.c about IA-1 says "to whom and when"
      And the finding against 9.2.2.c about IA-2 points at $.internalAudits[1].reportedOn
