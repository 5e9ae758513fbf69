Feature: Clause 4.2.1 c) to e) - risk assessment methodology, risk identification and analysis
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

  Rule: 4.2.1.c.1 - a documented methodology suited to the identified requirements

    @4.2.1.c.1 @conforming
    Scenario: A documented methodology that addresses the requirements
      Given the risk methodology is:
        | id                    | RM-1       |
        | documentId            | DOC-RM     |
        | addressesRequirements | true       |
      And these documents:
        | id     | title                  | type             |
        | DOC-RM | Risk methodology       | risk-methodology |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.c.1

    @4.2.1.c.1 @nonconforming
    Scenario: An undocumented methodology that ignores the requirements
      Given the risk methodology is:
        | id                    | RM-1  |
        | addressesRequirements | false |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.c.1 are:
        | kind                | subject |
        | minor nonconformity | RM-1    |
        | minor nonconformity | RM-1    |

    @4.2.1.c.1 @nonconforming
    Scenario: No methodology in the snapshot is a single gap, and the methodology checks do not run
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.c.1 is a gap about $.riskMethodology
      And there is no finding against 4.2.1.c.2
      And there is no finding against 4.2.1.c.3

    @4.2.1.c.1 @nonconforming
    Scenario: The organization states that it has no risk assessment methodology (format 1.1)
      Given the snapshot states that the organization has no riskMethodology
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.c.1 is a major nonconformity about $.riskMethodology

  Rule: 4.2.1.c.2 and 4.2.1.c.3 - acceptance criteria, defined scales and a level formula

    @4.2.1.c.2 @4.2.1.c.3 @conforming
    Scenario: Scales 1-5, product formula, threshold 8, and risks that follow them
      Given the risk methodology is:
        | id                  | RM-1                                     |
        | impactScale.min     | 1                                        |
        | impactScale.max     | 5                                        |
        | likelihoodScale.min | 1                                        |
        | likelihoodScale.max | 5                                        |
        | levelFormula        | product                                  |
        | acceptanceCriteria  | Levels up to 8 may be accepted by owners |
        | acceptanceThreshold | 8                                        |
      And these risks:
        | id  | assetIds | threat     | vulnerability  | affects           | impactDescription  | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability]    | Service outage     | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.c.2
      And there is no finding against 4.2.1.c.3

    @4.2.1.c.2 @nonconforming
    Scenario Outline: Acceptance criteria that cannot be applied (<case>)
      Given the risk methodology is:
        | id                  | RM-1                 |
        | impactScale.min     | 1                    |
        | impactScale.max     | 5                    |
        | likelihoodScale.min | 1                    |
        | likelihoodScale.max | 5                    |
        | levelFormula        | product              |
        | acceptanceCriteria  | <criteria>           |
        | acceptanceThreshold | <threshold>          |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.c.2 is a minor nonconformity about RM-1
      And the finding against 4.2.1.c.2 about RM-1 points at $.riskMethodology.<field>

      Examples:
        | case                           | criteria          | threshold | field               |
        | no threshold                   | Owners may accept |           | acceptanceThreshold |
        | no criteria                    |                   | 8         | acceptanceCriteria  |
        | threshold above every level    | Owners may accept | 25        | acceptanceThreshold |
        | threshold below every level    | Owners may accept | 0         | acceptanceThreshold |

    @4.2.1.c.3 @nonconforming
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
      Then the only finding against 4.2.1.c.3 is a minor nonconformity about RM-1
      And the finding against 4.2.1.c.3 about RM-1 points at $.riskMethodology.levelFormula

    @4.2.1.c.3 @nonconforming
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
      Then the findings against 4.2.1.c.3 are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | R-2     |
      And the finding against 4.2.1.c.3 about R-1 points at $.risks[0].impact
      And the finding against 4.2.1.c.3 about R-2 points at $.risks[1].level

  Rule: 4.2.1.d - assets with owners, threats, vulnerabilities and impacts identified

    @4.2.1.d.1 @4.2.1.d.2 @4.2.1.d.3 @4.2.1.d.4 @conforming
    Scenario: Owned assets and complete risk entries
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects                          | impactDescription   | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability, integrity]        | Outage and data loss| 4      | 3          | 12    | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.d.1
      And there is no finding against 4.2.1.d.2
      And there is no finding against 4.2.1.d.3
      And there is no finding against 4.2.1.d.4

    @4.2.1.d.1 @nonconforming
    Scenario: An in-scope asset without an owner
      Given these assets:
        | id      | name        | type   | inScope |
        | AST-WEB | Web server  | server | true    |
        | AST-OLD | Old printer | other  | false   |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.d.1 is a minor nonconformity about AST-WEB
      And the finding against 4.2.1.d.1 about AST-WEB points at $.assets[2].owner

    @4.2.1.d.1 @nonconforming
    Scenario: An empty asset inventory is a major nonconformity
      Given the snapshot lists no assets
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.d.1 is a major nonconformity about $.assets

    @4.2.1.d.2 @nonconforming
    Scenario: An empty risk register is one major nonconformity, not one finding per risk check
      Given the snapshot lists no risks
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.d.2 is a major nonconformity about $.risks
      And there is no finding against 4.2.1.d.3
      And there is no finding against 4.2.1.e.3

    @4.2.1.d.2 @nonconforming
    Scenario: A risk without threat, and a critical asset no risk covers
      Given these risks:
        | id  | assetIds | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-LT] | Unpatched host | [availability] | Outage            | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.d.2 are:
        | kind                | subject |
        | minor nonconformity | R-1     |
        | minor nonconformity | AST-DB  |

    @4.2.1.d.3 @4.2.1.d.4 @nonconforming
    Scenario: A risk without vulnerability and without its impact on C, I or A
      Given these risks:
        | id  | assetIds | threat     | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | 4      | 3          | 12    | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.d.3 is a minor nonconformity about R-1
      And the only finding against 4.2.1.d.4 is a minor nonconformity about R-1
      And the finding against 4.2.1.d.4 about R-1 points at $.risks[0].affects

    @4.2.1.d.2 @conforming
    Scenario: Every in-scope site has assets named by a risk; an out-of-scope site needs none (format 1.1)
      Given these sites:
        | id      | name        | inScope |
        | SITE-HQ | Head office | true    |
        | SITE-DC | Colocation  | true    |
        | SITE-OL | Old depot   | false   |
      And these assets:
        | id      | name        | type   | owner | siteId  |
        | AST-SRV | File server | server | P-OPS | SITE-DC |
        | AST-PC  | Desktops    | endpoint | P-OPS | SITE-HQ |
        | AST-OLD | Old NAS     | server | P-OPS | SITE-OL |
      And these risks:
        | id  | assetIds  | threat     | vulnerability | impact | likelihood | level | owner |
        | R-0 | [AST-DB]  | Data theft | Weak access   | 4      | 2          | 8     | P-OPS |
        | R-1 | [AST-SRV] | Ransomware | No EDR        | 4      | 3          | 12    | P-OPS |
        | R-2 | [AST-PC]  | Theft      | No locks      | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.d.2

    @4.2.1.d.2 @nonconforming
    Scenario: A site in scope whose assets appear in no risk was left out of the risk assessment (format 1.1)
      Given these sites:
        | id      | name        | inScope |
        | SITE-HQ | Head office | true    |
        | SITE-DC | Colocation  | true    |
      And these assets:
        | id      | name        | type   | owner | siteId  |
        | AST-SRV | File server | server | P-OPS | SITE-DC |
        | AST-FW  | Firewall    | network-device | P-OPS | SITE-DC |
        | AST-PC  | Desktops    | endpoint | P-OPS | SITE-HQ |
      And these risks:
        | id  | assetIds | threat     | vulnerability | impact | likelihood | level | owner |
        | R-0 | [AST-DB] | Data theft | Weak access   | 4      | 2          | 8     | P-OPS |
        | R-2 | [AST-PC] | Theft      | No locks      | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the findings against 4.2.1.d.2 are:
        | kind                | subject |
        | minor nonconformity | SITE-DC |
      And the finding against 4.2.1.d.2 about SITE-DC says "site Colocation (SITE-DC) is in scope and holds assets Firewall (AST-FW), File server (AST-SRV)"

  Rule: 4.2.1.e - impact, likelihood and level estimated; treatment decided against the criteria

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

    @4.2.1.e.1 @4.2.1.e.2 @4.2.1.e.3 @4.2.1.e.4 @conforming
    Scenario: Rated risks, the unacceptable one with a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | treatment      | controls   | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | apply-controls | [A.10.5.1] | P-OPS |
        | R-2 | [AST-LT] | Loss       | No encryption  | [integrity]    | Data lost         | 2      | 2          | 4     |                |            | P-OPS |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.2.1.e.1
      And there is no finding against 4.2.1.e.2
      And there is no finding against 4.2.1.e.3
      And there is no finding against 4.2.1.e.4

    @4.2.1.e.1 @4.2.1.e.2 @4.2.1.e.3 @nonconforming
    Scenario: A risk with no ratings and no level
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.e.1 is a minor nonconformity about R-1
      And the only finding against 4.2.1.e.2 is a minor nonconformity about R-1
      And the only finding against 4.2.1.e.3 is a minor nonconformity about R-1

    @4.2.1.e.4 @nonconforming
    Scenario: A risk above the threshold without a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 4      | 3          | 12    | P-OPS |
        | R-2 | [AST-LT] | Loss       | No encryption  | [integrity]    | Data lost         | 2      | 2          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.e.4 is a minor nonconformity about R-1
      And the finding against 4.2.1.e.4 about R-1 points at $.risks[0].treatment

    @4.2.1.e.4 @nonconforming
    Scenario: A risk whose ratings put it above the threshold, recorded at a low level, still needs a treatment decision
      Given these risks:
        | id  | assetIds | threat     | vulnerability  | affects        | impactDescription | impact | likelihood | level | owner |
        | R-1 | [AST-DB] | Ransomware | Unpatched host | [availability] | Outage            | 5      | 5          | 4     | P-OPS |
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.e.4 is a minor nonconformity about R-1
      And the finding against 4.2.1.e.4 about R-1 concerns a risk of level 25
