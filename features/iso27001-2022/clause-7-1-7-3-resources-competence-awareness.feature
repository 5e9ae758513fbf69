Feature: Clause 7 - resource management: resources, competence, training and awareness
  An auditor checks that the ISMS has resources for the current period, that procedures serve the
  business, that legal requirements, controls and improvements have people and means behind them, and
  that the people in security roles are competent, trained, evaluated and aware.

  Background:
    Given these people:
      | id     | name          | jobTitle      | management | startedOn  | leftOn     |
      | P-CEO  | Ada Lovelace  | CEO           | true       | 2019-03-01 |            |
      | P-CISO | Alan Turing   | Security lead | false      | 2020-09-01 |            |
      | P-OLD  | Grace Hopper  | Former DPO    | false      | 2018-01-15 | 2026-05-31 |

  Rule: 7.1 - resources are provided for the ISMS in the current period

    @7.1 @conforming
    Scenario: This year's budget covers the assessment date; last year's has run out
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   | approvedBy |
        | RES-2025 | budget | ISMS budget 2025 | 2025-01-01 | 2025-12-31 | P-CEO      |
        | RES-2026 | budget | ISMS budget 2026 | 2026-01-01 | 2026-12-31 | P-CEO      |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @nonconforming
    Scenario: Last year's budget has run out and next year's has not started
      Given these resource allocations:
        | id       | kind   | description      | periodFrom | periodTo   | approvedBy |
        | RES-2025 | budget | ISMS budget 2025 | 2025-01-01 | 2025-12-31 | P-CEO      |
        | RES-2027 | budget | ISMS budget 2027 | 2027-01-01 | 2027-12-31 | P-CEO      |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1 is a minor nonconformity about $.resources

    @5.1.c @nonconforming
    Scenario: No resources at all is reported once, under management's commitment
      Given the snapshot lists no resource allocations
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.c is a major nonconformity about $.resources
      And there is no finding against 7.1

  Rule: 5.1.b - security procedures support the business processes

    @5.1.b @conforming
    Scenario: Each procedure in use names the business processes it supports
      Given these business processes:
        | id      | name            | owner |
        | BP-PAY  | Payroll runs    | P-CEO |
        | BP-SUPP | Customer support | P-CEO |
      And these documents:
        | id        | title                         | type      | status   | supportsProcesses |
        | DOC-BKP   | Backup and restore procedure  | procedure | issued   | [BP-PAY]          |
        | DOC-ACC   | Customer access procedure     | procedure | issued   | [BP-SUPP, BP-PAY] |
        | DOC-OLD   | Old fax procedure             | procedure | obsolete |                   |
        | DOC-POL   | ISMS policy                   | policy    | issued   |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.b

    @5.1.b @nonconforming
    Scenario: A procedure in use is mapped to no business process
      Given these business processes:
        | id     | name         | owner |
        | BP-PAY | Payroll runs | P-CEO |
      And these documents:
        | id      | title                        | type      | status   | supportsProcesses |
        | DOC-BKP | Backup and restore procedure | procedure | issued   | [BP-PAY]          |
        | DOC-VPN | Remote access procedure      | procedure | issued   |                   |
        | DOC-OLD | Old fax procedure            | procedure | obsolete |                   |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.b is a minor nonconformity about DOC-VPN
      And the finding against 5.1.b about DOC-VPN points at $.documents[1].supportsProcesses

    @5.1.b @nonconforming
    Scenario: Procedures are listed but the business processes are not
      Given these documents:
        | id      | title                        | type      | status |
        | DOC-BKP | Backup and restore procedure | procedure | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.b is a gap about $.businessProcesses

    @5.1.b @nonconforming
    Scenario: The snapshot lists no documents
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.b is a gap about $.documents

  Rule: 4.2.b - legal, regulatory and contractual requirements are identified and owned

    @4.2.b @conforming
    Scenario: Every requirement in the register has a current owner
      Given these legal requirements:
        | id     | kind        | title                           | owner  |
        | LR-GDPR | legal      | UK GDPR                         | P-CISO |
        | LR-MSA  | contractual | Master services agreement, s.12 | P-CEO  |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.b

    @4.2.b @nonconforming
    Scenario: A requirement without an owner and one owned by a leaver
      Given these legal requirements:
        | id      | kind        | title                           | owner  |
        | LR-GDPR | legal       | UK GDPR                         | P-CISO |
        | LR-PCI  | contractual | PCI DSS via the card processor  |        |
        | LR-EMP  | legal       | Employment monitoring rules     | P-OLD  |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.b are:
        | kind                | subject |
        | minor nonconformity | LR-PCI  |
        | minor nonconformity | LR-EMP  |
      And the finding against 4.2.b about LR-EMP points at $.people[2].leftOn

    @4.2.b @nonconforming
    Scenario: The organization states that no requirement applies to it
      Given the snapshot lists no legal requirements
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.b is a major nonconformity about $.legalRequirements

    @4.2.b @nonconforming
    Scenario: The snapshot has no register of legal requirements
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.b is a gap about $.legalRequirements

  Rule: 7.1 - people are allocated to apply the controls correctly

    @7.1 @conforming
    Scenario: Staff time is allocated for the year besides the budget
      Given these resource allocations:
        | id        | kind   | description                     | periodFrom | periodTo   | approvedBy |
        | RES-2026  | budget | ISMS budget 2026                | 2026-01-01 | 2026-12-31 | P-CEO      |
        | RES-STAFF | staff  | Security lead, 0.5 FTE for ISMS | 2026-01-01 | 2026-12-31 | P-CEO      |
      And these SoA entries:
        | control  | applicable | reason   | status      | owner  |
        | A.5.1  | true       | Risk R-1 | implemented | P-CISO |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @conforming
    Scenario: External support operates the controls this year; last year's staff allocation has run out
      Given these resource allocations:
        | id        | kind             | description              | periodFrom | periodTo   | approvedBy |
        | RES-2025  | staff            | Security lead 2025       | 2025-01-01 | 2025-12-31 | P-CEO      |
        | RES-MSSP  | external-support | Managed security service | 2026-01-01 | 2026-12-31 | P-CEO      |
      And these SoA entries:
        | control  | applicable | reason   | status      | owner  |
        | A.5.1  | true       | Risk R-1 | implemented | P-CISO |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @nonconforming
    Scenario: Only a budget and tools are allocated for the current year, with controls implemented
      Given these resource allocations:
        | id        | kind   | description        | periodFrom | periodTo   | approvedBy |
        | RES-2026  | budget | ISMS budget 2026   | 2026-01-01 | 2026-12-31 | P-CEO      |
        | RES-SIEM  | tools  | SIEM licence       | 2026-01-01 | 2026-12-31 | P-CEO      |
        | RES-2025  | staff  | Security lead 2025 | 2025-01-01 | 2025-12-31 | P-CEO      |
      And these SoA entries:
        | control  | applicable | reason   | status      | owner  |
        | A.5.1  | true       | Risk R-1 | implemented | P-CISO |
        | A.6.3  | true       | Risk R-2 | partial     | P-CISO |
        | A.8.26 | true       | Risk R-3 | planned     | P-CISO |
      When it is assessed on 2026-11-29
      Then the only finding against 7.1 is a minor nonconformity about $.resources
      And the finding against 7.1 about $.resources says "apply the 2 implemented controls"

  Rule: 7.1 - the results of reviews and audits are reacted to

    Background:
      Given these management reviews:
        | id      | heldOn     | chairedBy | outputs                        |
        | MR-2025 | 2025-10-20 | P-CEO     | [resource-needs]               |
        | MR-2026 | 2026-10-15 | P-CEO     | [risk-update, resource-needs]  |
      And these internal audits:
        | id      | performedOn | auditor |
        | IA-2024 | 2024-05-10  | P-CISO  |
        | IA-2026 | 2026-06-01  | P-CISO  |
        | IA-LAST | 2026-11-20  | P-CISO  |
      And internal audit IA-2024 found:
        | id     | kind                | description               |
        | AF-2401 | minor-nonconformity | Visitor log not kept      |
      And internal audit IA-2026 found:
        | id      | kind                | description                   |
        | AF-2601 | minor-nonconformity | Leaver accounts still enabled |
      And internal audit IA-LAST found:
        | id      | kind        | description                |
        | AF-2690 | observation | Asset register out of date |

    @7.1 @conforming
    Scenario: The last review's risk decision went into the treatment plan and the audit finding got an action; last week's audit is still within the time to react
      Given these corrective and preventive actions:
        | id   | type       | source         | sourceId | action                        | status |
        | CA-1 | corrective | internal-audit | AF-2601  | Disable leaver accounts daily | done   |
      And these treatment plan items:
        | id   | sourceIds | action                          | owner  | status      |
        | TP-1 | [MR-2026] | Re-assess risks of the new SaaS | P-CISO | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @conforming
    Scenario: An audit finding that names its action counts as followed up
      Given these corrective and preventive actions:
        | id   | type       | source          | action                        | status |
        | CA-1 | corrective | internal-audit  | Disable leaver accounts daily | done   |
      And internal audit IA-2026 found:
        | id      | kind                | description              | actionId |
        | AF-2602 | minor-nonconformity | Leaver process not timed | CA-1     |
      And these improvements:
        | id    | source            | sourceId | description                | owner  | resources      | status      |
        | IMP-1 | management-review | MR-2026  | Update the risk assessment | P-CISO | 5 days of CISO | in-progress |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.1

    @7.1 @nonconforming
    Scenario: Neither the last review's decisions nor this year's audit finding led to anything
      Given these improvements:
        | id    | source            | sourceId | description             | owner  | resources      | status |
        | IMP-0 | management-review | MR-2025  | Hire a security analyst | P-CEO  | Headcount +1   | done   |
      When it is assessed on 2026-11-29
      Then the findings against 7.1 are:
        | kind                | subject |
        | minor nonconformity | MR-2026 |
        | minor nonconformity | IA-2026 |

    @7.1 @nonconforming
    Scenario: The snapshot records neither actions nor improvements
      When it is assessed on 2026-11-29
      Then the only finding against 7.1 is a gap about $.actions

  Rule: 10.1 - improvements of the ISMS have owners and resources

    @10.1 @nonconforming
    Scenario: The snapshot records no improvements
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 10.1 is a gap about $.improvements

  Rule: 7.2.a - the competences each security role needs are determined

    @7.2.a @conforming
    Scenario: Every role states the competences it requires
      Given these security roles:
        | id       | name                         | responsibilities | requiredCompetences                    |
        | ROLE-ISM | Information security manager | Runs the ISMS    | [Risk assessment, ISO 27001 auditing]  |
        | ROLE-DPO | Data protection officer      | Oversees privacy | [Data protection law]                  |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.2.a

    @7.2.a @nonconforming
    Scenario: One role states no required competence
      Given these security roles:
        | id         | name                         | responsibilities   | requiredCompetences |
        | ROLE-ISM   | Information security manager | Runs the ISMS      | [Risk assessment]   |
        | ROLE-CHAMP | Security champion            | Security in a team |                     |
      When it is assessed on 2026-11-29
      Then the only finding against 7.2.a is a minor nonconformity about ROLE-CHAMP

    @7.2.a @nonconforming
    Scenario: No role states any required competence: one major nonconformity
      Given these security roles:
        | id         | name                         | responsibilities   |
        | ROLE-ISM   | Information security manager | Runs the ISMS      |
        | ROLE-CHAMP | Security champion            | Security in a team |
      When it is assessed on 2026-11-29
      Then the only finding against 7.2.a is a major nonconformity about $.roles

  Rule: 7.2.b, 7.2.c and 7.2.d - role holders are competent, the training is evaluated, competence is recorded

    Background:
      Given these security roles:
        | id       | name                         | responsibilities | requiredCompetences                   |
        | ROLE-ISM | Information security manager | Runs the ISMS    | [Risk assessment, ISO 27001 auditing] |
        | ROLE-DPO | Data protection officer      | Oversees privacy | [Data protection law]                 |
      And these people:
        | id     | name             | jobTitle       | roles      | leftOn     |
        | P-ISM  | Edsger Dijkstra  | Security analyst | [ROLE-ISM] |          |
        | P-DPO  | Mary Shelley     | Legal counsel  | [ROLE-DPO] |            |
        | P-GONE | Charles Babbage  | Former DPO     | [ROLE-DPO] | 2026-03-31 |
      And these training courses:
        | id       | title                      | awareness | competences            |
        | TC-RISK  | Risk assessment in practice | false    | [Risk assessment]      |
        | TC-AUD   | ISO 27001 internal auditor | false     | [ISO 27001 auditing]   |
        | TC-AWARE | Security awareness         | true      |                        |

    @7.2.b @7.2.c @conforming
    Scenario: The analyst is trained for both competences; the counsel was hired with a proven one; the leaver is not counted
      Given these training records:
        | id   | personId | courseId | completedOn | evaluation          |
        | TR-1 | P-ISM    | TC-RISK  | 2026-02-10  | Passed the exam     |
        | TR-2 | P-ISM    | TC-AUD   | 2026-04-22  | Observed audit: good |
      And P-DPO has these competences:
        | name                | evidence                    | obtainedOn |
        | Data protection law | LLM in data protection law  | 2015-07-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.2.b
      And there is no finding against 7.2.c

    @7.2.b @nonconforming
    Scenario: The analyst lacks the auditing course; the counsel's competence is claimed without evidence
      Given these training records:
        | id   | personId | courseId | completedOn | evaluation      |
        | TR-1 | P-ISM    | TC-RISK  | 2026-02-10  | Passed the exam |
        | TR-3 | P-DPO    | TC-AWARE | 2026-02-10  |                 |
      And P-DPO has these competences:
        | name                | obtainedOn |
        | Data protection law | 2015-07-01 |
      When it is assessed on 2026-11-29
      Then the findings against 7.2.b are:
        | kind                | subject |
        | minor nonconformity | P-ISM   |
        | minor nonconformity | P-DPO   |
      And the finding against 7.2.b about P-ISM points at $.roles[0].requiredCompetences

    @7.2.c @nonconforming
    Scenario: The snapshot has no training records to show the role holders' training
      Given the snapshot leaves out the training records
      When it is assessed on 2026-11-29
      Then the only finding against 7.2.c is a gap about $.trainingRecords

    @7.2.d @conforming
    Scenario: Role holders have evidenced competences or training records; the leaver has none and is not counted
      Given these training records:
        | id   | personId | courseId | completedOn | evaluation      |
        | TR-1 | P-DPO    | TC-AWARE | 2026-02-10  |                 |
      And P-ISM has these competences:
        | name            | evidence                | obtainedOn |
        | Risk assessment | ISO 27005 certificate   | 2024-05-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.2.d

    @7.2.d @nonconforming
    Scenario: A role holder with no record at all and one whose competence has no evidence
      Given these training records:
        | id   | personId | courseId | completedOn | evaluation |
        | TR-1 | P-CISO   | TC-AWARE | 2026-02-10  |            |
      And P-ISM has these competences:
        | name               | evidence              | obtainedOn |
        | Risk assessment    | ISO 27005 certificate | 2024-05-01 |
        | ISO 27001 auditing |                       | 2023-01-01 |
      When it is assessed on 2026-11-29
      Then the findings against 7.2.d are:
        | kind                | subject |
        | minor nonconformity | P-ISM   |
        | minor nonconformity | P-DPO   |

  Rule: 7.3.a - every current member of personnel completes awareness training within the interval

    @7.3.a @conforming
    Scenario: Everyone current is trained within the interval; the leaver and the starter of next week are not counted
      Given these people:
        | id    | name          | jobTitle  | startedOn  |
        | P-NEW | Hedy Lamarr   | Engineer  | 2026-12-07 |
      And these training courses:
        | id          | title                         | awareness | intervalMonths |
        | TC-AWARE    | Security awareness            | true      |                |
        | TC-AWARE-2Y | Security awareness, long form | true      | 24             |
      And these training records:
        | id   | personId | courseId    | completedOn |
        | TR-1 | P-CEO    | TC-AWARE    | 2026-03-01  |
        | TR-2 | P-CISO   | TC-AWARE-2Y | 2025-06-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.3.a

    @7.3.a @nonconforming
    Scenario: The CEO's training has lapsed and the security lead never took the awareness course
      Given these training courses:
        | id       | title                       | awareness | competences       |
        | TC-AWARE | Security awareness          | true      |                   |
        | TC-RISK  | Risk assessment in practice | false     | [Risk assessment] |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-CEO    | TC-AWARE | 2024-06-01  |
        | TR-2 | P-CEO    | TC-AWARE | 2025-06-01  |
        | TR-3 | P-CISO   | TC-RISK  | 2026-06-01  |
      When it is assessed on 2026-11-29
      Then the findings against 7.3.a are:
        | kind                | subject |
        | minor nonconformity | P-CEO   |
        | minor nonconformity | P-CISO  |
      And the finding against 7.3.a about P-CEO points at $.trainingRecords[1].completedOn

    @7.3.a @nonconforming
    Scenario: A course's own six-month interval wins over the organization's two-year interval
      Given the organization's own interval for awareness-training is P24M
      And these training courses:
        | id          | title                         | awareness | intervalMonths |
        | TC-AWARE    | Security awareness            | true      |                |
        | TC-AWARE-6M | Phishing refresher            | true      | 6              |
      And these training records:
        | id   | personId | courseId    | completedOn |
        | TR-1 | P-CEO    | TC-AWARE-6M | 2026-04-01  |
        | TR-2 | P-CISO   | TC-AWARE    | 2025-06-01  |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a minor nonconformity about P-CEO

    @7.3.a @nonconforming
    Scenario: No awareness course is offered at all: one major nonconformity, not one per person
      Given these training courses:
        | id      | title                       | awareness | competences       |
        | TC-RISK | Risk assessment in practice | false     | [Risk assessment] |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-CISO   | TC-RISK  | 2026-06-01  |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a major nonconformity about $.trainingCourses

    @7.3.a @nonconforming
    Scenario: The snapshot lists no training courses
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a gap about $.trainingCourses

    @7.3.a @nonconforming
    Scenario: An awareness course is listed but not who completed it
      Given these training courses:
        | id       | title              | awareness |
        | TC-AWARE | Security awareness | true      |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a gap about $.trainingRecords

    @7.3.a @conforming
    Scenario: A starter of last week is within the induction period of 30 days
      Given these people:
        | id    | name        | jobTitle | startedOn  |
        | P-NEW | Hedy Lamarr | Engineer | 2026-11-23 |
      And these training courses:
        | id       | title              | awareness |
        | TC-AWARE | Security awareness | true      |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-CEO    | TC-AWARE | 2026-03-01  |
        | TR-2 | P-CISO   | TC-AWARE | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.3.a

    @7.3.a @nonconforming
    Scenario: A starter of two months ago, past the induction period, has not completed the awareness course
      Given these people:
        | id    | name        | jobTitle | startedOn  |
        | P-NEW | Hedy Lamarr | Engineer | 2026-09-20 |
      And these training courses:
        | id       | title              | awareness |
        | TC-AWARE | Security awareness | true      |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-CEO    | TC-AWARE | 2026-03-01  |
        | TR-2 | P-CISO   | TC-AWARE | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then the findings against 7.3.a are:
        | kind                | subject |
        | minor nonconformity | P-NEW   |

  Rule: 7.3.b and 7.3.c - the awareness courses teach people their contribution and what not conforming implies (format 1.2)

    @7.3.b @7.3.c @conforming
    Scenario: Between them, the two awareness courses cover the contribution to the ISMS and the implications of not conforming
      Given these training courses:
        | id          | title                 | awareness | topics                                 |
        | TC-AWARE    | Security awareness    | true      | [policy, isms-contribution]            |
        | TC-CONDUCT  | Code of conduct       | true      | [nonconformity-implications]           |
        | TC-RISK     | Risk assessment       | false     |                                        |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.3.b
      And there is no finding against 7.3.c

    @7.3.b @7.3.c @nonconforming
    Scenario: The awareness course covers only the policy: neither the contribution nor the implications are taught
      Given these training courses:
        | id       | title              | awareness | topics   |
        | TC-AWARE | Security awareness | true      | [policy] |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.b is a minor nonconformity about $.trainingCourses
      And the finding against 7.3.b about $.trainingCourses says "TC-AWARE"
      And the only finding against 7.3.c is a minor nonconformity about $.trainingCourses

    @7.3.b @7.3.c @nonconforming
    Scenario: No awareness course records its topics, so what it teaches cannot be shown
      Given these training courses:
        | id       | title              | awareness |
        | TC-AWARE | Security awareness | true      |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.b is a gap about $.trainingCourses
      And the only finding against 7.3.c is a gap about $.trainingCourses

    @7.3.b @7.3.c @conforming
    Scenario: With no awareness course at all, 7.3.a's finding stands alone
      Given these training courses:
        | id      | title           | awareness | topics              |
        | TC-RISK | Risk assessment | false     | [isms-contribution] |
      When it is assessed on 2026-11-29
      Then the only finding against 7.3.a is a major nonconformity about $.trainingCourses
      And there is no finding against 7.3.b
      And there is no finding against 7.3.c
