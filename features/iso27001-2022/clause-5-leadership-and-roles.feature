Feature: Clause 5 (2022) - leadership, the policy and the roles for conformity and reporting
  An auditor looks for top management acting on the ISMS (missed objectives followed up, decisions directing it,
  reviews looking for improvement, managers holding security roles), a policy with its commitments that is
  documented, communicated and available, and the roles answerable for conformity and for reporting performance.

  Background:
    Given these people:
      | id     | name          | jobTitle         | management |
      | P-CEO  | Ada Lovelace  | CEO              | true       |
      | P-ISM  | Alan Turing   | Security lead    | false      |

  Rule: 5.1.a - top management establishes the policy and authorizes the ISMS

    @5.1.a @conforming
    Scenario: The CEO approved the policy and authorized the ISMS
      Given the policy is:
        | id         | POL-1      |
        | approvedBy | P-CEO      |
        | approvedOn | 2026-02-01 |
      And these management decisions:
        | id   | kind               | decidedBy | decidedOn  |
        | MD-1 | isms-authorization | P-CEO     | 2026-01-15 |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.a

    @5.1.a @nonconforming
    Scenario: The policy was approved by the security lead and no one authorized the ISMS
      Given the policy is:
        | id         | POL-1      |
        | approvedBy | P-ISM      |
        | approvedOn | 2026-02-01 |
      And these management decisions:
        | id   | kind  | decidedBy | decidedOn  | description       |
        | MD-1 | other | P-CEO     | 2026-01-15 | Budget for a SIEM |
      When it is assessed on 2026-11-29
      Then the findings against 5.1.a are:
        | kind                | subject     |
        | minor nonconformity | POL-1       |
        | minor nonconformity | $.decisions |

  Rule: 5.1.e - top management makes sure the ISMS achieves its outcomes

    @5.1.e @conforming
    Scenario: A missed objective is followed up by an improvement
      Given these objectives:
        | id    | description            | owner | status   |
        | OBJ-1 | Phishing clicks < 5%   | P-ISM | missed   |
        | OBJ-2 | MFA everywhere         | P-ISM | achieved |
      And these improvements:
        | id    | source    | sourceId | description                      |
        | IMP-1 | objective | OBJ-1    | Monthly phishing simulations     |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.e

    @5.1.e @nonconforming
    Scenario: A missed objective is left as it is
      Given these objectives:
        | id    | description          | owner | status |
        | OBJ-1 | Phishing clicks < 5% | P-ISM | missed |
      And these improvements:
        | id    | source | sourceId | description |
        | IMP-1 | other  | X-1      | Tidy wiki   |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.e is a minor nonconformity about OBJ-1

  Rule: 5.1.f - top management directs the ISMS through its decisions

    @5.1.f @conforming
    Scenario: The CEO took a decision on the ISMS
      Given these management decisions:
        | id   | kind               | decidedBy | decidedOn  |
        | MD-1 | isms-authorization | P-CEO     | 2026-01-15 |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.f

    @5.1.f @nonconforming
    Scenario: Only the security lead decides
      Given these management decisions:
        | id   | kind  | decidedBy | decidedOn  | description       |
        | MD-1 | other | P-ISM     | 2026-01-15 | Budget for a SIEM |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.f is a minor nonconformity about $.decisions

  Rule: 5.1.g - top management promotes continual improvement

    @5.1.g @conforming
    Scenario: The most recent review concluded on improvement opportunities
      Given these management reviews:
        | id      | heldOn     | chairedBy | conclusions                  |
        | MR-2025 | 2025-11-20 | P-CEO     |                              |
        | MR-2026 | 2026-11-10 | P-CEO     | [improvement-opportunities]  |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.g

    @5.1.g @nonconforming
    Scenario: The most recent review looked for no improvement
      Given these management reviews:
        | id      | heldOn     | chairedBy | conclusions                 |
        | MR-2025 | 2025-11-20 | P-CEO     | [improvement-opportunities] |
        | MR-2026 | 2026-11-10 | P-CEO     | [change-needs]              |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.g is a minor nonconformity about MR-2026

  Rule: 5.1.h - other managers show leadership in their areas

    @5.1.h @conforming
    Scenario: The CTO holds the engineering security role
      Given these security roles:
        | id       | name                       | responsibilities                  |
        | ROLE-ENG | Engineering security owner | Secure development in engineering |
      And these people:
        | id    | name     | jobTitle | management | roles      |
        | P-CTO | Alan Kay | CTO      | true       | [ROLE-ENG] |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.h

    @5.1.h @nonconforming
    Scenario: The only manager with a security role has left
      Given these security roles:
        | id       | name                       | responsibilities                  |
        | ROLE-ENG | Engineering security owner | Secure development in engineering |
      And these people:
        | id    | name         | jobTitle   | management | roles      | leftOn     |
        | P-CFO | Mary Shelley | CFO        | true       |            |            |
        | P-OLD | Grace Hopper | Former COO | true       | [ROLE-ENG] | 2026-05-31 |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.h is a minor nonconformity about $.people

  Rule: 5.2 - the policy's content, its documentation, communication and availability

    @5.2.a @5.2.b @5.2.c @5.2.d @5.2.f @5.2.g @conforming
    Scenario: A policy meeting each point, communicated and published
      Given the policy is:
        | id                              | POL-1      |
        | documentId                      | DOC-POL    |
        | setsObjectivesFramework         | true       |
        | considersRequirements           | true       |
        | alignedWithRiskContext          | true       |
        | definesRiskCriteria             | true       |
        | commitsToImprovement            | true       |
        | approvedBy                      | P-CEO      |
        | approvedOn                      | 2026-02-01 |
        | publishedOn                     | 2026-02-03 |
        | communicatedToPersonnelOn       | 2026-02-03 |
      And these documents:
        | id      | title                       | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.2.a
      And there is no finding against 5.2.b
      And there is no finding against 5.2.c
      And there is no finding against 5.2.d
      And there is no finding against 5.2.f
      And there is no finding against 5.2.g

    @5.2.d @nonconforming
    Scenario: The policy does not commit to continual improvement
      Given the policy is:
        | id                   | POL-1 |
        | commitsToImprovement | false |
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.d is a minor nonconformity about POL-1

    @5.2.d @nonconforming
    Scenario: A policy of format 1.1 does not say whether it commits to improvement
      Given the policy is:
        | id         | POL-1      |
        | approvedBy | P-CEO      |
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.d is a gap about POL-1

    @5.2.f @5.2.g @nonconforming
    Scenario: A policy never communicated nor published
      Given the policy is:
        | id                   | POL-1 |
        | commitsToImprovement | true  |
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.f is a minor nonconformity about POL-1
      And the only finding against 5.2.g is a minor nonconformity about POL-1
      And the finding against 5.2.f about POL-1 points at $.policy.communicatedToPersonnelOn

    @5.2.g @conforming
    Scenario: A policy sent to customers, though not published
      Given the policy is:
        | id                              | POL-1      |
        | communicatedToExternalPartiesOn | 2026-03-01 |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.2.g

    @5.2.e @conforming
    Scenario: The policy is an issued document of the register
      Given these documents:
        | id      | title                       | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.2.e

    @5.2.e @nonconforming
    Scenario: The policy is only a draft, beside the other required documents issued
      Given these documents:
        | id      | title                       | type                       | status |
        | DOC-POL | Information security policy | policy                     | draft  |
        | DOC-SC  | ISMS scope                  | scope                      | issued |
        | DOC-PR  | Operating procedures        | procedure                  | issued |
        | DOC-RM  | Risk methodology            | risk-methodology           | issued |
        | DOC-MP  | Measurement procedure       | measurement-procedure      | issued |
        | DOC-SOA | Statement of Applicability  | statement-of-applicability | issued |
        | DOC-OBJ | Security objectives         | objectives                 | issued |
        | DOC-TP  | Risk treatment plan         | risk-treatment-plan        | issued |
        | DOC-RA  | Risk assessment report      | risk-assessment-report     | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.e is a minor nonconformity about DOC-POL

    @5.2.e @nonconforming
    Scenario: The register holds no policy
      Given these documents:
        | id      | title            | type             | status |
        | DOC-RM  | Risk methodology | risk-methodology | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.e is a major nonconformity about $.documents

  Rule: 5.3.a and 5.3.b - roles answer for the ISMS's conformity and report its performance

    @5.3.a @5.3.b @conforming
    Scenario: The information security manager answers for both
      Given these security roles:
        | id       | name                         | responsibilities                | ismsConformity | performanceReporting |
        | ROLE-ISM | Information security manager | Runs the ISMS and reports on it | true           | true                 |
        | ROLE-ENG | Engineering security owner   | Secure development              | false          | false                |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.3.a
      And there is no finding against 5.3.b

    @5.3.a @5.3.b @nonconforming
    Scenario: Every role says it carries neither responsibility
      Given these security roles:
        | id       | name                         | responsibilities | ismsConformity | performanceReporting |
        | ROLE-ISM | Information security manager | Runs the ISMS    | false          | false                |
      When it is assessed on 2026-11-29
      Then the only finding against 5.3.a is a minor nonconformity about $.roles
      And the only finding against 5.3.b is a minor nonconformity about $.roles

    @5.3.a @5.3.b @nonconforming
    Scenario: Roles of format 1.1 do not say who answers for conformity or reporting
      Given these security roles:
        | id       | name                         | responsibilities |
        | ROLE-ISM | Information security manager | Runs the ISMS    |
      When it is assessed on 2026-11-29
      Then the only finding against 5.3.a is a gap about $.roles
      And the only finding against 5.3.b is a gap about $.roles
