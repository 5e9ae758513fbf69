Feature: Clause 8 - implementing and operating the ISMS
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

  Rule: 6.1.3.e - a risk treatment plan states action, owner, resources and priority for each treated risk

    @6.1.3.e @conforming
    Scenario: Every risk treated by controls has a complete action in the plan
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.8.13] | P-OPS |
        | R-2 | Typo       | 4     | accept         |            | P-OPS |
      And these treatment plan items:
        | id   | riskIds | controlIds | action                 | owner | resources          | priority | dueOn      | status      |
        | TP-1 | [R-1]   | [A.8.13] | Introduce daily backup | P-OPS | 2 days, backup NAS | high     | 2027-03-01 | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.e

    @6.1.3.e @nonconforming
    Scenario: No risk treatment plan in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.e is a gap about $.treatmentPlan

    @6.1.3.e @nonconforming
    Scenario: A treated risk missing from the plan, and an action without resources or priority
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.8.13] | P-OPS |
        | R-2 | Theft      | 9     | apply-controls | [A.7.2]  | P-OPS |
        | R-3 | Flood      | 6     | transfer       |            | P-OPS |
      And these treatment plan items:
        | id   | riskIds | controlIds | action                 | owner | resources          | priority | dueOn      | status |
        | TP-1 | [R-1]   | [A.8.13] | Introduce daily backup | P-OPS | 2 days, backup NAS | high     | 2027-03-01 | open   |
        | TP-2 | [R-1]   | [A.8.13] | Test restores          | P-OPS |                    |          | 2027-03-01 | open   |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.3.e are:
        | kind                | subject |
        | minor nonconformity | R-2     |
        | minor nonconformity | TP-2    |
      And the finding against 6.1.3.e about TP-2 points at $.treatmentPlan[1].resources

  Rule: 8.3 - the plan is carried out: nothing overdue without re-planning, owners still in place

    @8.3 @conforming
    Scenario: Plan items done, on time, or formally re-planned after they fell due
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.8.13] | P-OPS |
      And these treatment plan items:
        | id   | riskIds | action         | owner  | resources | priority | dueOn      | status      | completedOn | replannedOn |
        | TP-1 | [R-1]   | Daily backup   | P-OPS  | NAS       | high     | 2026-06-30 | done        | 2026-06-20  |             |
        | TP-2 | [R-1]   | Restore test   | P-OPS  | 1 day     | medium   | 2027-02-01 | open        |             |             |
        | TP-3 | [R-1]   | Offsite copy   | P-OPS  | Budget    | medium   | 2026-09-30 | in-progress |             | 2026-10-05  |
        | TP-4 | [R-1]   | Old tape drive | P-GONE | none      | low      | 2026-03-01 | cancelled   |             |             |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3

    @8.3 @nonconforming
    Scenario: An overdue item, an item due soon and an open item whose owner has left
      Given these risks:
        | id  | threat     | level | treatment      | controls   | owner |
        | R-1 | Ransomware | 12    | apply-controls | [A.8.13] | P-OPS |
        | R-2 | Theft      | 4     | apply-controls | [A.7.2]  | P-OPS |
      And these treatment plan items:
        | id   | riskIds    | action         | owner  | resources | priority | dueOn      | status      | completedOn | replannedOn |
        | TP-1 | [R-1, R-2] | Daily backup   | P-OPS  | NAS       | high     | 2026-09-30 | in-progress |             | 2026-08-01  |
        | TP-2 | [R-2]      | Door badges    | P-OPS  | Budget    | medium   | 2026-12-10 | open        |             |             |
        | TP-3 | [R-2]      | CCTV           | P-GONE | Budget    | low      | 2027-06-01 | open        |             |             |
        | TP-4 | [R-1]      | Restore test   | P-OPS  | 1 day     | high     | 2026-06-30 | done        | 2026-07-15  |             |
      When it is assessed on 2026-11-29
      Then the findings against 8.3 are:
        | kind                | subject |
        | minor nonconformity | TP-1    |
        | observation         | TP-2    |
        | minor nonconformity | TP-3    |
      And the finding against 8.3 about TP-1 concerns a risk of level 12
      And the finding against 8.3 about TP-3 points at $.people[3].leftOn

  Rule: 8.1 - selected controls are implemented, or an open plan item covers them

  Rule: 9.1.a - how the effectiveness of the implemented controls is measured is defined

  Rule: 7.3.a - the training and awareness programme is delivered

    @7.3.a @nonconforming
    Scenario: Courses are defined but nobody has ever been trained
      Given these training courses:
        | id    | title                | awareness |
        | C-AW  | Security awareness   | true      |
        | C-ISM | ISMS internal audits | false     |
      And the snapshot lists no training records
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a major nonconformity about $.trainingRecords

  Rule: 8.1 - a role is responsible for operating the ISMS

  Rule: 7.1 - resources are managed: each allocation has a period, and the next follows in time

    @7.1 @conforming
    Scenario: This year's budget covers the assessment date, last year's has ended
      Given these resource allocations:
        | id       | kind   | description       | periodFrom | periodTo   |
        | RES-2025 | budget | ISMS budget 2025  | 2025-01-01 | 2025-12-31 |
        | RES-2026 | budget | ISMS budget 2026  | 2026-01-01 | 2026-12-31 |
        | RES-SOC  | staff  | SOC analyst       | 2024-06-01 |            |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @conforming
    Scenario: The budget ends soon but next year's is already allocated
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-15 |
        | RES-2027 | budget | ISMS budget 2027 | 2026-12-16 | 2027-12-15 |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @nonconforming
    Scenario: The budget runs out within the month and nothing follows
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-15 |
        | RES-Q4   | staff  | Contractor       | 2026-10-01 | 2026-12-10 |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1 is an observation about RES-2026

    @7.1 @nonconforming
    Scenario: An allocation that does not say which period it covers
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-31 |
        | RES-TBD  | tools  | SIEM licence     |            |            |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1 is a gap about RES-TBD
      And the finding against 7.1 about RES-TBD points at $.resources[1].periodFrom

    @7.1 @nonconforming
    Scenario Outline: Missing allocations are left to 5.1.c (<case>)
      Given <allocations>
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

      Examples:
        | case                           | allocations                                |
        | no resources in the snapshot   | an organization                            |
        | an empty list of resources     | the snapshot lists no resource allocations |

  Rule: 8.1 - security events are detected and incidents responded to (the procedure itself is A.5.24's)

    @8.1 @conforming
    Scenario: Monitoring in place, and incidents recorded with their response once closed
      Given these incidents:
        | id    | title            | detectedBy  | response               | status |
        | INC-1 | Phishing e-mail  | user-report | Mailbox purged         | closed |
        | INC-2 | Lost laptop      | user-report |                        | open   |
      And these activities:
        | id      | kind       | performedOn | performedBy |
        | ACT-MON | monitoring | 2026-11-20  | P-ISM       |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1

    @8.1 @conforming
    Scenario: Incidents detected by monitoring show that monitoring is in place
      Given these incidents:
        | id    | title     | detectedBy | response        | status |
        | INC-1 | Port scan | monitoring | Blocked at edge | closed |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1

    @8.1 @nonconforming
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
      Then the findings against 8.1 are:
        | kind                | subject      |
        | major nonconformity | $.activities |
        | minor nonconformity | INC-2        |

    @8.1 @nonconforming
    Scenario Outline: The incident log <case>
      Given these activities:
        | id      | kind       | performedOn |
        | ACT-MON | monitoring | 2026-11-20  |
      And <incidents>
      When it is assessed on 2026-11-29
      Then the only finding against 8.1 is a <kind> about $.incidents

      Examples:
        | case                   | incidents                         | kind        |
        | is not in the snapshot | an organization                   | gap         |
        | is empty               | the snapshot lists no incidents   | observation |

  Rule: 8.3.documented - the results of risk treatment are retained

    @8.3.documented @conforming
    Scenario: The item done records its completion; open and cancelled items have none to record
      Given these treatment plan items:
        | id   | action         | owner  | dueOn      | status    | completedOn |
        | TP-1 | Daily backup   | P-OPS  | 2026-06-30 | done      | 2026-06-20  |
        | TP-2 | Restore test   | P-OPS  | 2027-02-01 | open      |             |
        | TP-3 | Old tape drive | P-OPS  | 2026-03-01 | cancelled |             |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.3.documented

    @8.3.documented @nonconforming
    Scenario: An item marked done does not say when it was completed
      Given these treatment plan items:
        | id   | action       | owner | dueOn      | status | completedOn |
        | TP-1 | Daily backup | P-OPS | 2026-06-30 | done   | 2026-06-20  |
        | TP-2 | Door badges  | P-OPS | 2026-09-30 | done   |             |
      When it is assessed on 2026-11-29
      Then the only finding against 8.3.documented is a minor nonconformity about TP-2
      And the finding against 8.3.documented about TP-2 points at $.treatmentPlan[1].completedOn

  Rule: 8.1.changes - the consequences of unplanned changes are reviewed (format 1.2)

    @8.1.changes @conforming
    Scenario: The emergency fix was reviewed afterwards; planned changes and changes not marked need no such review
      Given these changes:
        | id    | kind        | description             | implementedOn | planned | consequencesReviewedOn |
        | CH-1  | operational | Emergency firewall rule | 2026-10-02    | false   | 2026-10-05             |
        | CH-2  | software    | Release 4.2             | 2026-10-10    | true    |                        |
        | CH-3  | software    | Release 4.3             | 2026-11-10    |         |                        |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1.changes

    @8.1.changes @nonconforming
    Scenario: An unplanned change was never reviewed, another is only planned to be reviewed after the assessment date
      Given these changes:
        | id    | kind        | description              | implementedOn | planned | consequencesReviewedOn |
        | CH-1  | operational | Emergency firewall rule  | 2026-10-02    | false   |                        |
        | CH-2  | operational | Hotfix of the VPN        | 2026-11-20    | false   | 2026-12-03             |
        | CH-3  | software    | Release 4.2              | 2026-10-10    | true    |                        |
      When it is assessed on 2026-11-29
      Then the findings against 8.1.changes are:
        | kind                | subject |
        | minor nonconformity | CH-1    |
        | minor nonconformity | CH-2    |
      And the finding against 8.1.changes about CH-1 points at $.changes[0].consequencesReviewedOn

  Rule: 8.1.external - externally provided processes relevant to the ISMS are controlled (format 1.2)

    @8.1.external @conforming
    Scenario: The managed SOC is under an agreement and was reviewed; the caterer provides nothing for the ISMS
      Given these suppliers:
        | id     | name         | services              | ismsProcess | lastServiceReviewOn |
        | SUP-1  | WatchTower   | Managed SOC           | true        | 2026-09-15          |
        | SUP-2  | Good Food    | Catering              | false       |                     |
      And these agreements:
        | id    | supplierId | kind    | covers                    | signedOn   |
        | AG-1  | SUP-1      | service | [security, service-levels] | 2025-01-10 |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1.external

    @8.1.external @nonconforming
    Scenario: The hosting provider has no agreement, and the managed SOC was never reviewed
      Given these suppliers:
        | id     | name         | services              | ismsProcess | lastServiceReviewOn |
        | SUP-1  | WatchTower   | Managed SOC           | true        | never               |
        | SUP-2  | CloudNest    | Hosting of the SIEM   | true        | 2026-09-15          |
        | SUP-3  | Good Food    | Catering              | false       |                     |
      And these agreements:
        | id    | supplierId | kind    | covers     | signedOn   |
        | AG-1  | SUP-1      | service | [security] | 2025-01-10 |
      When it is assessed on 2026-11-29
      Then the findings against 8.1.external are:
        | kind                | subject |
        | minor nonconformity | SUP-1   |
        | minor nonconformity | SUP-2   |
      And the finding against 8.1.external about SUP-1 points at $.suppliers[0].lastServiceReviewOn
      And the finding against 8.1.external about SUP-2 says "Hosting of the SIEM"

    @8.1.external @nonconforming
    Scenario: No supplier says whether it provides a process relevant to the ISMS
      Given these suppliers:
        | id     | name       | services    |
        | SUP-1  | WatchTower | Managed SOC |
      When it is assessed on 2026-11-29
      Then the only finding against 8.1.external is a gap about $.suppliers

    @8.1.external @nonconforming
    Scenario: A supplier of an ISMS process, and no agreements in the snapshot to show what binds it
      Given these suppliers:
        | id     | name       | services    | ismsProcess | lastServiceReviewOn |
        | SUP-1  | WatchTower | Managed SOC | true        | 2026-09-15          |
      When it is assessed on 2026-11-29
      Then the only finding against 8.1.external is a gap about SUP-1
