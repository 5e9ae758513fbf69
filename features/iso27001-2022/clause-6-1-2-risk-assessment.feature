Feature: Clause 6.1.2 to e) - risk assessment methodology, risk identification and analysis
  The auditor checks that a documented methodology exists, that every risk is scored on its scales with
  the level its formula gives, and that risks above the acceptance threshold get a treatment decision.

  Background:
    Given these people:
      | id    | name         | jobTitle      | management |
      | P-CEO | Ada Lovelace | CEO           | true       |
      | P-OPS | Grace Hopper | Head of Ops   | false      |
    And these assets:
      | id     | name             | type        | owner | critical |
      | AST-DB | Customer DB      | information | P-OPS | true     |
      | AST-LT | Staff laptops    | endpoint    | P-OPS | false    |

  Rule: 6.1.2.documented - a documented methodology suited to the identified requirements

    @6.1.2.documented @conforming
    Scenario: A documented methodology that addresses the requirements
      Given the risk methodology is:
        | id                    | RM-1       |
        | documentId            | DOC-RM     |
        | addressesRequirements | true       |
      And these documents:
        | id     | title                  | type             |
        | DOC-RM | Risk methodology       | risk-methodology |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.documented

    @6.1.2.documented @nonconforming
    Scenario: An undocumented methodology that ignores the requirements
      Given the risk methodology is:
        | id                    | RM-1  |
        | addressesRequirements | false |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.2.documented are:
        | kind                | subject |
        | minor nonconformity | RM-1    |
        | minor nonconformity | RM-1    |

    @6.1.2.documented @nonconforming
    Scenario: The organization states that it has no risk assessment methodology (format 1.1)
      Given the snapshot states that the organization has no riskMethodology
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.documented is a major nonconformity about $.riskMethodology

  Rule: 6.1.2.a.1 and 6.1.2.b - acceptance criteria, defined scales and a level formula

    @6.1.2.b @nonconforming
    Scenario: A methodology without a level formula
      Given the risk methodology is:
        | id                  | RM-1 |
        | impactScale.min     | 1    |
        | impactScale.max     | 5    |
        | likelihoodScale.min | 1    |
        | likelihoodScale.max | 5    |
        | acceptanceCriteria  | x    |
        | acceptanceThreshold | 8    |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.b is a minor nonconformity about RM-1
      And the finding against 6.1.2.b about RM-1 points at $.riskMethodology.levelFormula

    @6.1.2.b @nonconforming
    Scenario: One risk off the scale and one with a level the formula does not give
      Given the risk methodology is:
        | id                  | RM-1    |
        | impactScale.min     | 1       |
        | impactScale.max     | 5       |
        | likelihoodScale.min | 1       |
        | likelihoodScale.max | 5       |
        | levelFormula        | product |
        | acceptanceCriteria  | x       |
        | acceptanceThreshold | 8       |
      And these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 7      | 3          | 21    | accept    | P-OPS |
        | R-2 | [AST-DB] | Theft      | No encryption  | [integrity]    | Data altered      | 2      | 3          | 9     | accept    | P-OPS |
        | R-3 | [AST-LT] | Loss       | No encryption  | [integrity]    | Data lost         | 2      | 2          | 4     | accept    | P-OPS |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.2.b are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | R-2     |
      And the finding against 6.1.2.b about R-1 points at $.risks[0].impact
      And the finding against 6.1.2.b about R-2 points at $.risks[1].level

  Rule: 6.1.d - assets with owners, threats, vulnerabilities and impacts identified

    @6.1.2.c.2 @6.1.2.c.1 @conforming
    Scenario: Owned assets and complete risk entries
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects                          | impactDescription   | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability, integrity]        | Outage and data loss| 4      | 3          | 12    | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.c.2
      And there is no finding against 6.1.2.c.1
      And there is no finding against 6.1.2.c.1
      And there is no finding against 6.1.2.c.1

    @6.1.2.c.2 @nonconforming
    Scenario: An in-scope asset without an owner
      Given these assets:
        | id      | name        | type   | inScope |
        | AST-WEB | Web server  | server | true    |
        | AST-OLD | Old printer | other  | false   |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.c.2 is a minor nonconformity about AST-WEB
      And the finding against 6.1.2.c.2 about AST-WEB points at $.assets[2].owner

    @6.1.2.c.2 @nonconforming
    Scenario: An empty asset inventory is a major nonconformity
      Given the snapshot lists no assets
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.c.2 is a major nonconformity about $.assets

    @6.1.2.c.1 @nonconforming
    Scenario: A risk without threat, and a critical asset no risk covers
      Given these risks:
        | id  | assetIds | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-LT] | Unpatched host | [availability] | Outage            | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.2.c.1 are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | AST-DB  |

  Rule: 6.1.e - impact, likelihood and level estimated; treatment decided against the criteria

    Background:
      Given the risk methodology is:
        | id                  | RM-1    |
        | impactScale.min     | 1       |
        | impactScale.max     | 5       |
        | likelihoodScale.min | 1       |
        | likelihoodScale.max | 5       |
        | levelFormula        | product |
        | acceptanceCriteria  | x       |
        | acceptanceThreshold | 8       |

    @6.1.2.d.1 @6.1.2.d.2 @6.1.2.d.3 @6.1.2.e.1 @conforming
    Scenario: Rated risks, the unacceptable one with a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.8.13] | P-OPS |
        | R-2 | [AST-LT] | Loss       | No encryption  | [integrity]    | Data lost         | 2      | 2          | 4     |                |            | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.d.1
      And there is no finding against 6.1.2.d.2
      And there is no finding against 6.1.2.d.3
      And there is no finding against 6.1.2.e.1

    @6.1.2.d.1 @6.1.2.d.2 @6.1.2.d.3 @nonconforming
    Scenario: A risk with no ratings and no level
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.d.1 is a minor nonconformity about R-1
      And the only finding against 6.1.2.d.2 is a minor nonconformity about R-1
      And the only finding against 6.1.2.d.3 is a minor nonconformity about R-1

    @6.1.2.e.1 @nonconforming
    Scenario: A risk above the threshold without a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | P-OPS |
        | R-2 | [AST-LT] | Loss       | No encryption  | [integrity]    | Data lost         | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.e.1 is a minor nonconformity about R-1
      And the finding against 6.1.2.e.1 about R-1 points at $.risks[0].treatment

    @6.1.2.e.1 @nonconforming
    Scenario: A risk whose ratings put it above the threshold, recorded at a low level, still needs a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 5      | 5          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.e.1 is a minor nonconformity about R-1
      And the finding against 6.1.2.e.1 about R-1 concerns a risk of level 25
