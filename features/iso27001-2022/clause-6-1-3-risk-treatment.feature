Feature: Clause 6.1.3 a) to i) - risk treatment, control selection, residual risk and ISMS authorization

  Background:
    Given these people:
      | id    | name         | jobTitle    | management |
      | P-CEO | Ada Lovelace | CEO         | true       |
      | P-OPS | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner | critical |
      | AST-DB | Customer DB | information | P-OPS | true     |
    And the risk methodology is:
      | id                  | RM-1    |
      | impactScale.min     | 1       |
      | impactScale.max     | 5       |
      | likelihoodScale.min | 1       |
      | likelihoodScale.max | 5       |
      | levelFormula        | product |
      | acceptanceCriteria  | x       |
      | acceptanceThreshold | 8       |

  Rule: 6.1.3.a - an unacceptable risk is only accepted knowingly, by management

    @6.1.3.a @conforming
    Scenario: A risk above the threshold accepted by the CEO
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment | acceptedBy | acceptedOn | residualLevel | residualApprovedBy | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | accept    | P-CEO      | 2026-03-01 | 12            | P-CEO              | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.a

    @6.1.3.a @nonconforming
    Scenario Outline: A risk above the threshold accepted <how>
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment | acceptedBy   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | accept    | <acceptedBy> | P-OPS |
        | R-2 | [AST-DB] | Typo       | No review      | [integrity]    | Wrong data        | 2      | 2          | 4     | accept    |              | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.a is a minor nonconformity about R-1
      And the finding against 6.1.3.a about R-1 points at $.risks[0].acceptedBy

      Examples:
        | how                         | acceptedBy |
        | by someone outside management | P-OPS    |
        | with no record of who       |            |

    @6.1.3.a @nonconforming
    Scenario: A 5x5 risk recorded at level 4 is still above the threshold: accepted by a non-manager, it is found
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment | acceptedBy | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 5      | 5          | 4     | accept    | P-OPS      | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.a is a minor nonconformity about R-1
      And the finding against 6.1.3.a about R-1 concerns a risk of level 25

    @6.1.3.a @conforming
    Scenario: A risk recorded above the threshold whose ratings give an acceptable level is judged by its ratings
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects     | impactDescription | impact | likelihood | level | treatment | acceptedBy | owner |
        | R-1 | [AST-DB] | Typo       | No review      | [integrity] | Wrong data        | 2      | 2          | 12    | accept    | P-OPS      | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.a

  Rule: 6.1.3.b - a risk treated by controls names the selected controls

    @6.1.3.b @conforming
    Scenario: A treated risk that names its controls
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls             | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.8.13, A.8.8] | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.b

    @6.1.3.b @nonconforming
    Scenario: A risk to be treated by controls that names none
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.b is a minor nonconformity about R-1

  Rule: 6.1.3.f - residual risks are stated and approved by management

    @6.1.3.f @conforming
    Scenario: Residual risks approved on the risk or by a management decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | residualLevel | residualApprovedBy | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.8.13] | 4             | P-CEO              | P-OPS |
        | R-2 | [AST-DB] | Theft      | Weak locks     | [confidentiality] | Leak           | 3      | 3          | 9     | transfer       |            | 3             |                    | P-OPS |
      And these management decisions:
        | id    | kind                   | decidedBy | decidedOn  | references |
        | MD-RR | residual-risk-approval | P-CEO     | 2026-04-01 | [R-2]      |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.f

    @6.1.3.f @nonconforming
    Scenario: A treated risk with no residual level, and a residual risk approved by an engineer
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects           | impactDescription | impact | likelihood | level | treatment      | controls   | residualLevel | residualApprovedBy | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability]    | Outage            | 4      | 3          | 12    | apply-controls | [A.8.13] |               |                    | P-OPS |
        | R-2 | [AST-DB] | Theft      | Weak locks     | [confidentiality] | Leak              | 3      | 3          | 9     | transfer       |            | 3             | P-OPS              | P-OPS |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.3.f are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | R-2     |
      And the finding against 6.1.3.f about R-2 points at $.risks[1].residualApprovedBy

    @6.1.3.f @nonconforming
    Scenario Outline: A residual risk "approved" by <how> is not approved
      Given these risks:
        | id  | assetIds | threat | vulnerability | affects           | impactDescription | impact | likelihood | level | treatment | residualLevel | owner |
        | R-2 | [AST-DB] | Theft  | Weak locks    | [confidentiality] | Leak              | 3      | 3          | 9     | transfer  | 3             | P-OPS |
      And these management decisions:
        | id    | kind                   | decidedBy | decidedOn  | references   |
        | MD-RR | residual-risk-approval | <by>      | 2026-04-01 | <references> |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.f is a minor nonconformity about R-2

      Examples:
        | how                                            | by    | references |
        | a blanket decision by someone outside management | P-OPS |            |
        | a blanket decision of management naming no risk | P-CEO |            |
        | a decision naming it by someone outside management | P-OPS | [R-2]      |

  Rule: 5.1.a - management authorizes the ISMS
