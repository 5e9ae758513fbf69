Feature: Clause 5.1 - management commitment
  An auditor looks for what top management itself did: approved the policy, the risk acceptance criteria,
  the resources and the audit programme; set objectives and roles; communicated; and conducted the
  management reviews. A member of management is a person whose management flag is true.

  Background:
    Given these people:
      | id     | name           | jobTitle       | management | leftOn     |
      | P-CEO  | Ada Lovelace   | CEO            | true       |            |
      | P-CISO | Alan Turing    | Security lead  | false      |            |
      | P-OLD  | Grace Hopper   | Former DPO     | false      | 2026-05-31 |

  Rule: 5.1.a - top management establishes the ISMS policy

  Rule: 6.2.a - objectives are established (their owner and target date: 6.2.j and 6.2.k, clause-6-2-objectives.feature)

    @6.2.a @conforming
    Scenario: Every objective has a current owner and a target date
      Given these objectives:
        | id    | description                         | owner  | targetDate | measure                    |
        | OBJ-1 | Patch critical vulnerabilities fast | P-CISO | 2027-06-30 | 95% within 30 days         |
        | OBJ-2 | Everyone trained on phishing        | P-CEO  | 2027-03-31 | 100% completion            |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.a

    @6.2.a @nonconforming
    Scenario: The organization states it has no objectives
      Given the snapshot lists no objectives
      When it is assessed on 2026-11-29
      Then the only finding against 6.2.a is a major nonconformity about $.objectives

    @6.2.a @nonconforming
    Scenario: The snapshot does not list objectives
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.2.a is a gap about $.objectives

  Rule: 5.3 - security roles are established, with responsibilities, and held by current staff

    @5.3 @conforming
    Scenario: Each role is held by someone still here, even where a leaver held it too
      Given these security roles:
        | id       | name                          | responsibilities                       |
        | ROLE-ISM | Information security manager  | Runs the ISMS day to day               |
        | ROLE-DPO | Data protection officer       | Oversees the processing of personal data |
      And these people:
        | id     | name          | jobTitle    | roles      |
        | P-DPO2 | Mary Shelley  | Legal counsel | [ROLE-DPO] |
        | P-ISM  | Edsger Dijkstra | Engineer  | [ROLE-ISM] |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.3

    @5.3 @nonconforming
    Scenario: A role held only by a leaver and a role without responsibilities
      Given these security roles:
        | id       | name                          | responsibilities          |
        | ROLE-ISM | Information security manager  | Runs the ISMS day to day  |
        | ROLE-DPO | Data protection officer       | Oversees personal data    |
        | ROLE-CHAMP | Security champion           |                           |
      And these people:
        | id     | name            | jobTitle | roles                 | leftOn     |
        | P-ISM  | Edsger Dijkstra | Engineer | [ROLE-ISM, ROLE-CHAMP] |           |
        | P-DPO1 | Mary Shelley    | Lawyer   | [ROLE-DPO]            | 2026-06-30 |
      When it is assessed on 2026-11-29
      Then the findings against 5.3 are:
        | kind                | subject    |
        | minor nonconformity | ROLE-DPO   |
        | minor nonconformity | ROLE-CHAMP |

    @5.3 @nonconforming
    Scenario: The organization states it has no security roles
      Given the snapshot lists no security roles
      When it is assessed on 2026-11-29
      Then the only finding against 5.3 is a major nonconformity about $.roles

    @5.3 @nonconforming
    Scenario: The snapshot does not list security roles
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 5.3 is a gap about $.roles

    @5.3 @nonconforming
    Scenario: The snapshot lists roles but leaves out the people who could hold them
      Given these security roles:
        | id       | name                         | responsibilities         |
        | ROLE-ISM | Information security manager | Runs the ISMS day to day |
      And the snapshot leaves out the people
      When it is assessed on 2026-11-29
      Then the only finding against 5.3 is a gap about $.people

  Rule: 5.1.d - management communicates the importance of information security

    @5.1.d @conforming
    Scenario: The CEO's all-hands briefing on security is recorded
      Given these activities:
        | id    | kind          | description                                     | performedOn | performedBy |
        | ACT-1 | monitoring    | Weekly log review                               | 2026-11-20  | P-CISO      |
        | ACT-2 | communication | All-hands: why security objectives matter       | 2026-09-15  | P-CEO       |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.d

    @5.1.d @conforming
    Scenario: The policy was communicated to all personnel
      Given the policy is:
        | id                        | POL-1      |
        | approvedBy                | P-CEO      |
        | communicatedToPersonnelOn | 2026-02-10 |
      And the snapshot lists no activities
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.d

    @5.1.d @nonconforming
    Scenario: Only monitoring is recorded, and the policy was never communicated
      Given these activities:
        | id    | kind       | description       | performedOn | performedBy |
        | ACT-1 | monitoring | Weekly log review | 2026-11-20  | P-CISO      |
      And the policy is:
        | id         | POL-1 |
        | approvedBy | P-CEO |
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.d is a major nonconformity about $.activities

    @5.1.d @nonconforming
    Scenario: The snapshot shows no activities and no communication of the policy
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.d is a gap about $.activities

  Rule: 5.1.c - management provides resources for the ISMS

    @5.1.c @conforming
    Scenario: Resources approved by the CEO directly or through a board decision
      Given these resource allocations:
        | id    | kind   | description          | periodFrom | periodTo   | approvedBy | approvedOn |
        | RES-1 | budget | ISMS budget 2026     | 2026-01-01 | 2026-12-31 | P-CEO      | 2025-12-10 |
        | RES-2 | staff  | Security lead, 50%   | 2026-01-01 |            |            |            |
      And these management decisions:
        | id    | kind                | decidedBy | decidedOn  | references |
        | DEC-1 | resource-allocation | P-CEO     | 2025-12-10 | [RES-2]    |
      When it is assessed on 2026-11-29
      Then there is no finding against 5.1.c

    @5.1.c @nonconforming
    Scenario: One allocation approved outside management, one with no approval recorded
      Given these resource allocations:
        | id    | kind   | description        | periodFrom | periodTo   | approvedBy | approvedOn |
        | RES-1 | budget | ISMS budget 2026   | 2026-01-01 | 2026-12-31 | P-CEO      | 2025-12-10 |
        | RES-2 | tools  | SIEM licence       | 2026-01-01 | 2026-12-31 | P-CISO     | 2025-12-12 |
        | RES-3 | staff  | Security analyst   | 2026-04-01 |            |            |            |
      And these management decisions:
        | id    | kind                | decidedBy | decidedOn  | references |
        | DEC-1 | resource-allocation | P-CISO    | 2026-03-01 | [RES-3]    |
      When it is assessed on 2026-11-29
      Then the findings against 5.1.c are:
        | kind                | subject |
        | minor nonconformity | RES-2   |
        | gap                 | RES-3   |

    @5.1.c @nonconforming
    Scenario: The organization states it allocates no resources to the ISMS
      Given the snapshot lists no resource allocations
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.c is a major nonconformity about $.resources

    @5.1.c @nonconforming
    Scenario: The snapshot does not list resources
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 5.1.c is a gap about $.resources

  Rule: 6.1.2.a.1 - management decides the risk acceptance criteria

    @6.1.2.a.1 @conforming
    Scenario: The CEO approved the methodology and its acceptance criteria
      Given the risk methodology is:
        | id                  | METH-1                             |
        | acceptanceCriteria  | Levels up to 6 may be accepted     |
        | acceptanceThreshold | 6                                  |
        | approvedBy          | P-CEO                              |
        | approvedOn          | 2026-01-15                         |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.a.1

    @6.1.2.a.1 @nonconforming
    Scenario: The snapshot shows neither a methodology nor a decision on the criteria
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.a.1 is a gap about $.riskMethodology

  Rule: 9.2.2.programme - management ensures internal audits, by approving the audit programme

  Rule: 9.3.1 - top management conducts the management reviews

    @9.3.1 @conforming
    Scenario: The last review was chaired by the security lead with the CEO attending; an older one had no manager
      Given these management reviews:
        | id      | heldOn     | chairedBy | attendees         |
        | MR-2025 | 2025-10-20 | P-CISO    | [P-CISO]          |
        | MR-2026 | 2026-10-15 | P-CISO    | [P-CISO, P-CEO]   |
      When it is assessed on 2026-11-29
      Then there is no finding against 9.3.1

    @9.3.1 @nonconforming
    Scenario: The last review was held without any member of management
      Given these management reviews:
        | id      | heldOn     | chairedBy | attendees         |
        | MR-2025 | 2025-10-20 | P-CEO     | [P-CEO, P-CISO]   |
        | MR-2026 | 2026-10-15 | P-CISO    | [P-CISO, P-OLD]   |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a minor nonconformity about MR-2026
      And the finding against 9.3.1 about MR-2026 points at $.managementReviews[1].chairedBy

    @9.3.1 @nonconforming
    Scenario: Who took part in the last review is not recorded
      Given these management reviews:
        | id      | heldOn     | chairedBy |
        | MR-2025 | 2025-10-20 | P-CEO     |
        | MR-2026 | 2026-10-15 |           |
      When it is assessed on 2026-11-29
      Then the only finding against 9.3.1 is a gap about MR-2026
