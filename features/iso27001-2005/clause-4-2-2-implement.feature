Feature: Clause 4.2.2 - implementing and operating the ISMS
  The risk treatment plan is formulated and carried out, the selected controls are implemented and their
  effectiveness measurable, people are trained and made aware, roles and resources run the ISMS, and security
  events are detected and responded to.

  Background:
    Given these people:
      | id     | name           | jobTitle         | management | leftOn     |
      | P-CEO  | Ada Lovelace   | CEO              | true       |            |
      | P-ISM  | Alan Turing    | Security manager | false      |            |
      | P-OPS  | Grace Hopper   | Head of Ops      | false      |            |
      | P-GONE | Charles Babbage | Former sysadmin | false      | 2026-05-31 |

  Rule: 4.2.2.a - a risk treatment plan states action, owner, resources and priority for each treated risk

    @4.2.2.a @conforming
    Scenario: Every risk treated by controls has a complete action in the plan
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.10.5.1] | P-OPS |
        | R-2 | Typo       | 4     | accept         |            | P-OPS |
      And these treatment plan items:
        | id   | riskIds | controlIds | action                 | owner | resources          | priority | dueOn      | status      |
        | TP-1 | [R-1]   | [A.10.5.1] | Introduce daily backup | P-OPS | 2 days, backup NAS | high     | 2027-03-01 | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.a

    @4.2.2.a @nonconforming
    Scenario: No risk treatment plan in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.a is a gap about $.treatmentPlan

    @4.2.2.a @4.2.2.c @nonconforming
    Scenario: An empty plan while risks await treatment is one major nonconformity, not one per risk or control
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.10.5.1] | P-OPS |
        | R-2 | Theft      | 9     | apply-controls | [A.9.1.2]  | P-OPS |
      And these SoA entries:
        | control  | applicable | reason   | status  |
        | A.10.5.1 | true       | Risk R-1 | planned |
      And the snapshot lists no treatment plan items
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.a is a major nonconformity about $.treatmentPlan
      And there is no finding against 4.2.2.c

    @4.2.2.a @nonconforming
    Scenario: A treated risk missing from the plan, and an action without resources or priority
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.10.5.1] | P-OPS |
        | R-2 | Theft      | 9     | apply-controls | [A.9.1.2]  | P-OPS |
        | R-3 | Flood      | 6     | transfer       |            | P-OPS |
      And these treatment plan items:
        | id   | riskIds | controlIds | action                 | owner | resources          | priority | dueOn      | status |
        | TP-1 | [R-1]   | [A.10.5.1] | Introduce daily backup | P-OPS | 2 days, backup NAS | high     | 2027-03-01 | open   |
        | TP-2 | [R-1]   | [A.10.5.1] | Test restores          | P-OPS |                    |          | 2027-03-01 | open   |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.2.a are:
        | kind                | subject |
        | minor nonconformity | R-2     |
        | minor nonconformity | TP-2    |
      And the finding against 4.2.2.a about TP-2 points at $.treatmentPlan[1].resources

  Rule: 4.2.2.b - the plan is carried out: nothing overdue without re-planning, owners still in place

    @4.2.2.b @conforming
    Scenario: Plan items done, on time, or formally re-planned after they fell due
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.10.5.1] | P-OPS |
      And these treatment plan items:
        | id   | riskIds | action         | owner  | resources | priority | dueOn      | status      | completedOn | replannedOn |
        | TP-1 | [R-1]   | Daily backup   | P-OPS  | NAS       | high     | 2026-06-30 | done        | 2026-06-20  |             |
        | TP-2 | [R-1]   | Restore test   | P-OPS  | 1 day     | medium   | 2027-02-01 | open        |             |             |
        | TP-3 | [R-1]   | Offsite copy   | P-OPS  | Budget    | medium   | 2026-09-30 | in-progress |             | 2026-10-05  |
        | TP-4 | [R-1]   | Old tape drive | P-GONE | none      | low      | 2026-03-01 | cancelled   |             |             |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.b

    @4.2.2.b @nonconforming
    Scenario: An overdue item, an item due soon and an open item whose owner has left
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.10.5.1] | P-OPS |
        | R-2 | Theft      | 4     | apply-controls | [A.9.1.2]  | P-OPS |
      And these treatment plan items:
        | id   | riskIds    | action         | owner  | resources | priority | dueOn      | status      | completedOn | replannedOn |
        | TP-1 | [R-1, R-2] | Daily backup   | P-OPS  | NAS       | high     | 2026-09-30 | in-progress |             | 2026-08-01  |
        | TP-2 | [R-2]      | Door badges    | P-OPS  | Budget    | medium   | 2026-12-10 | open        |             |             |
        | TP-3 | [R-2]      | CCTV           | P-GONE | Budget    | low      | 2027-06-01 | open        |             |             |
        | TP-4 | [R-1]      | Restore test   | P-OPS  | 1 day     | high     | 2026-06-30 | done        | 2026-07-15  |             |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.2.b are:
        | kind                | subject |
        | minor nonconformity | TP-1    |
        | observation         | TP-2    |
        | minor nonconformity | TP-3    |
      And the finding against 4.2.2.b about TP-1 concerns a risk of level 12
      And the finding against 4.2.2.b about TP-3 points at $.people[3].leftOn

  Rule: 4.2.2.c - selected controls are implemented, or an open plan item covers them

    @4.2.2.c @conforming
    Scenario: Controls implemented, or partially implemented with an open action
      Given these SoA entries:
        | control  | applicable | reason   | status      | justification     |
        | A.10.5.1 | true       | Risk R-1 | implemented |                   |
        | A.12.6.1 | true       | Risk R-1 | partial     |                   |
        | A.10.9.1 | false      |          |             | No online selling |
      And these treatment plan items:
        | id   | controlIds | action            | owner | resources | priority | dueOn      | status      |
        | TP-1 | [A.12.6.1] | Patch all servers | P-OPS | 3 days    | high     | 2027-01-31 | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.c

    @4.2.2.c @nonconforming
    Scenario: A planned control whose only action is closed, and an unimplemented control no action names
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.12.6.1] | P-OPS |
      And these SoA entries:
        | control  | applicable | reason   | status          |
        | A.10.5.1 | true       | Risk R-1 | implemented     |
        | A.12.6.1 | true       | Risk R-1 | planned         |
        | A.11.5.3 | true       | Policy   | not-implemented |
      And these treatment plan items:
        | id   | riskIds | controlIds | action            | owner | resources | priority | dueOn      | status | completedOn |
        | TP-1 | [R-1]   | [A.12.6.1] | Patch all servers | P-OPS | 3 days    | high     | 2026-05-31 | done   | 2026-05-30  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.2.c are:
        | kind                | subject  |
        | minor nonconformity | A.12.6.1 |
        | minor nonconformity | A.11.5.3 |
      And the finding against 4.2.2.c about A.12.6.1 concerns a risk of level 12
      And the finding against 4.2.2.c about A.11.5.3 points at $.statementOfApplicability.entries[2].status

  Rule: 4.2.2.d - how the effectiveness of the implemented controls is measured is defined

    @4.2.2.d @conforming
    Scenario: Implemented controls measured by a metric or a measure stated in the SoA
      Given these SoA entries:
        | control  | applicable | reason   | status      | effectivenessMeasure               |
        | A.10.5.1 | true       | Risk R-1 | implemented |                                    |
        | A.12.6.1 | true       | Risk R-1 | implemented | Share of servers patched in 14 days |
        | A.11.5.3 | true       | Policy   | partial     |                                    |
      And these metrics:
        | id  | name                  | controlIds | method                           | target | frequencyMonths |
        | M-1 | Restore test success  | [A.10.5.1] | Monthly test restore of one host | 100%   | 1               |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.d

    @4.2.2.d @nonconforming
    Scenario: No metrics in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.d is a gap about $.metrics

    @4.2.2.d @4.2.3.a.4 @4.2.3.c @nonconforming
    Scenario: No metric defined at all is one major nonconformity, for indicators and measurements too
      Given these SoA entries:
        | control  | applicable | reason   | status      |
        | A.10.5.1 | true       | Risk R-1 | implemented |
      And the snapshot lists no metrics
      And the snapshot lists no measurements
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.d is a major nonconformity about $.metrics
      And there is no finding against 4.2.3.a.4
      And there is no finding against 4.2.3.c

    @4.2.2.d @nonconforming
    Scenario: An implemented control nothing measures, and a metric without a method
      Given these SoA entries:
        | control  | applicable | reason   | status      |
        | A.10.5.1 | true       | Risk R-1 | implemented |
        | A.12.6.1 | true       | Risk R-1 | implemented |
        | A.11.5.3 | true       | Policy   | planned     |
      And these metrics:
        | id  | name                 | controlIds | method                           |
        | M-1 | Restore test success | [A.10.5.1] | Monthly test restore of one host |
        | M-2 | Phishing click rate  | [A.8.2.2]  |                                  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.2.d are:
        | kind                | subject  |
        | minor nonconformity | A.12.6.1 |
        | minor nonconformity | M-2      |

  Rule: 4.2.2.e - the training and awareness programme is delivered

    @4.2.2.e @conforming
    Scenario: An awareness course and role training, both delivered
      Given these training courses:
        | id    | title                | awareness | intervalMonths | competences  |
        | C-AW  | Security awareness   | true      | 12             |              |
        | C-ISM | ISMS internal audits | false     |                | [auditing]   |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-OPS    | C-AW     | 2026-02-01  |
        | TR-2 | P-ISM    | C-ISM    | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.e

    @4.2.2.e @nonconforming
    Scenario: Courses are defined but nobody has ever been trained
      Given these training courses:
        | id    | title                | awareness |
        | C-AW  | Security awareness   | true      |
        | C-ISM | ISMS internal audits | false     |
      And the snapshot lists no training records
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.e is a major nonconformity about $.trainingRecords

    @4.2.2.e @nonconforming
    Scenario: A role training course that has never been held
      Given these training courses:
        | id    | title                | awareness | competences |
        | C-AW  | Security awareness   | true      |             |
        | C-AW2 | Phishing awareness   | true      |             |
        | C-ISM | ISMS internal audits | false     | [auditing]  |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-OPS    | C-AW     | 2026-02-01  |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.e is a minor nonconformity about C-ISM

    @4.2.2.e @nonconforming
    Scenario Outline: Missing courses or records are left to 5.2.2 and A.8.2.2 (<case>)
      Given <courses>
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.e

      Examples:
        | case                      | courses                                 |
        | no courses in the snapshot | an organization                        |
        | an empty list of courses   | the snapshot lists no training courses |

  Rule: 4.2.2.f - a role is responsible for operating the ISMS

    @4.2.2.f @conforming
    Scenario: The ISMS operation role is defined and held
      Given these security roles:
        | id       | name                         | ismsOperation |
        | ROLE-ISM | Information security manager | true          |
        | ROLE-DPO | Data protection officer      | false         |
      And these people:
        | id    | name        | jobTitle | roles      |
        | P-ISO | Joan Clarke | Deputy   | [ROLE-ISM] |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.f

    @4.2.2.f @nonconforming
    Scenario: Roles are defined but none operates the ISMS
      Given these security roles:
        | id       | name                    | ismsOperation |
        | ROLE-DPO | Data protection officer | false         |
        | ROLE-AUD | Internal auditor        | false         |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.f is a major nonconformity about $.roles

    @4.2.2.f @nonconforming
    Scenario: The roles do not say whether they operate the ISMS
      Given these security roles:
        | id       | name                    | ismsOperation |
        | ROLE-DPO | Data protection officer | false         |
        | ROLE-SEC | Security coordinator    |               |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.f is a gap about $.roles

    @4.2.2.f @nonconforming
    Scenario Outline: Missing roles are left to 5.1.c (<case>)
      Given <roles>
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.f

      Examples:
        | case                     | roles                                 |
        | no roles in the snapshot | an organization                       |
        | an empty list of roles   | the snapshot lists no security roles  |

  Rule: 4.2.2.g - resources are managed: each allocation has a period, and the next follows in time

    @4.2.2.g @conforming
    Scenario: This year's budget covers the assessment date, last year's has ended
      Given these resource allocations:
        | id       | kind   | description       | periodFrom | periodTo   |
        | RES-2025 | budget | ISMS budget 2025  | 2025-01-01 | 2025-12-31 |
        | RES-2026 | budget | ISMS budget 2026  | 2026-01-01 | 2026-12-31 |
        | RES-SOC  | staff  | SOC analyst       | 2024-06-01 |            |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.g

    @4.2.2.g @conforming
    Scenario: The budget ends soon but next year's is already allocated
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-15 |
        | RES-2027 | budget | ISMS budget 2027 | 2026-12-16 | 2027-12-15 |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.g

    @4.2.2.g @nonconforming
    Scenario: The budget runs out within the month and nothing follows
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-15 |
        | RES-Q4   | staff  | Contractor       | 2026-10-01 | 2026-12-10 |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.g is an observation about RES-2026

    @4.2.2.g @nonconforming
    Scenario: An allocation that does not say which period it covers
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-31 |
        | RES-TBD  | tools  | SIEM licence     |            |            |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.g is a gap about RES-TBD
      And the finding against 4.2.2.g about RES-TBD points at $.resources[1].periodFrom

    @4.2.2.g @nonconforming
    Scenario Outline: Missing allocations are left to 5.1.e (<case>)
      Given <allocations>
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.g

      Examples:
        | case                           | allocations                                |
        | no resources in the snapshot   | an organization                            |
        | an empty list of resources     | the snapshot lists no resource allocations |

  Rule: 4.2.2.h - security events are detected and incidents responded to (the procedure itself is A.13.2.1's)

    @4.2.2.h @conforming
    Scenario: Monitoring in place, and incidents recorded with their response once closed
      Given these incidents:
        | id    | title            | detectedBy  | response               | status |
        | INC-1 | Phishing e-mail  | user-report | Mailbox purged         | closed |
        | INC-2 | Lost laptop      | user-report |                        | open   |
      And these activities:
        | id      | kind       | performedOn | performedBy |
        | ACT-MON | monitoring | 2026-11-20  | P-ISM       |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.h

    @4.2.2.h @conforming
    Scenario: Incidents detected by monitoring show that monitoring is in place
      Given these incidents:
        | id    | title     | detectedBy | response        | status |
        | INC-1 | Port scan | monitoring | Blocked at edge | closed |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.2.h

    @4.2.2.h @nonconforming
    Scenario: No monitoring for events, and a closed incident without a response
      Given these incidents:
        | id    | title           | detectedBy  | response       | status |
        | INC-1 | Phishing e-mail | user-report | Mailbox purged | closed |
        | INC-2 | Malware alert   | user-report |                | closed |
        | INC-3 | Lost laptop     | user-report |                | open   |
      And these activities:
        | id      | kind          | performedOn |
        | ACT-COM | communication | 2026-10-01  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.2.h are:
        | kind                | subject      |
        | major nonconformity | $.activities |
        | minor nonconformity | INC-2        |

    @4.2.2.h @nonconforming
    Scenario Outline: The incident log <case>
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And <incidents>
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.2.h is a <kind> about $.incidents

      Examples:
        | case                   | incidents                         | kind        |
        | is not in the snapshot | an organization                   | gap         |
        | is empty               | the snapshot lists no incidents   | observation |
