Feature: Clause 4.3 and b) - the ISMS scope and the ISMS policy
  An auditor first reads the scope (what the ISMS covers, what it leaves out and why) and the policy
  (what it commits to, and that management approved it).

  Rule: 4.3.documented - the scope is defined in terms of business, organization, locations, assets and technology

    @4.3.documented @conforming
    Scenario: A complete scope with a justified exclusion
      Given the scope is:
        | id                  | SCOPE-1                                   |
        | business            | SaaS payroll platform                     |
        | organizationalUnits | Engineering, Operations, Customer Support |
        | locations           | [London office, AWS eu-west-2]            |
        | assets              | Production platform and customer data     |
        | technology          | Kubernetes on AWS, Google Workspace       |
      And these scope exclusions:
        | id     | description            | justification                               |
        | EXCL-1 | Marketing website      | Hosted by an agency, holds no customer data |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.documented

    @4.3.documented @nonconforming
    Scenario: A scope that leaves locations and technology undefined
      Given the scope is:
        | id                  | SCOPE-1               |
        | business            | SaaS payroll platform |
        | organizationalUnits | Engineering           |
        | assets              | Production platform   |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.documented is a minor nonconformity about SCOPE-1
      And the finding against 4.3.documented about SCOPE-1 points at $.scope.locations
      And the finding against 4.3.documented about SCOPE-1 points at $.scope.technology

    @4.3.documented @nonconforming
    Scenario: A scope exclusion without justification
      Given the scope is:
        | id                  | SCOPE-1               |
        | business            | SaaS payroll platform |
        | organizationalUnits | Engineering           |
        | locations           | [London office]       |
        | assets              | Production platform   |
        | technology          | AWS                   |
      And these scope exclusions:
        | id     | description       |
        | EXCL-1 | Marketing website |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.documented is a minor nonconformity about EXCL-1
      And the finding against 4.3.documented about EXCL-1 points at $.scope.exclusions[0].justification

    @4.3.documented @nonconforming
    Scenario: No scope in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.documented is a gap about $.scope

    @4.3.documented @nonconforming
    Scenario: The organization states that it has no ISMS scope (format 1.1): a breakdown, not a gap
      Given the snapshot states that the organization has no scope
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.documented is a major nonconformity about $.scope
      And the finding against 4.3.documented about $.scope says "states that the organization has none"

    @4.3.documented @nonconforming
    Scenario: "exists" is only a statement that a section does not exist, never beside its content
      Given the snapshot gives scope as "{\"exists\": true, \"id\": \"SC-1\"}"
      When it is assessed on 2026-11-29
      Then the snapshot is rejected at $.scope.exists with a message containing "only used alone, as {\"exists\": false}"

    @4.3.c @conforming
    Scenario: The scope boundary holds: in-scope processes depend on in-scope assets at in-scope sites (format 1.1)
      Given these people:
        | id    | name         |
        | P-OPS | Grace Hopper |
      And the scope is:
        | id                  | SCOPE-1                                   |
        | business            | Online retail                             |
        | organizationalUnits | Operations, Sales                         |
        | locations           | [Head office, Leeds warehouse]            |
        | assets              | ERP, warehouse systems, customer data     |
        | technology          | ERP on premises, Microsoft 365            |
      And these sites:
        | id      | name             | inScope |
        | SITE-HQ | Head office      | true    |
        | SITE-WH | Warehouse Leeds  | false   |
      And these assets:
        | id       | name           | type     | owner | siteId  | inScope |
        | AST-ERP  | ERP            | software | P-OPS | SITE-HQ |         |
        | AST-SCAN | Scanner tablet | endpoint | P-OPS | SITE-WH | false   |
      And these business processes:
        | id       | name           | owner | assetIds   |
        | PROC-ORD | Order handling | P-OPS | [AST-ERP]  |
        | PROC-WH  | Warehousing    | P-OPS | [AST-SCAN] |
      And these scope exclusions:
        | id     | description             | justification                              | siteIds   | processIds |
        | EXCL-1 | The Leeds warehouse     | Run by a logistics partner under contract  | [SITE-WH] | [PROC-WH]  |
      When it is assessed on 2026-11-29
      Then there is no finding against 4.3.c

    @4.3.c @nonconforming
    Scenario: An exclusion cuts through an in-scope process, and an asset counted in scope sits at an excluded site (format 1.1)
      Given these people:
        | id    | name         |
        | P-OPS | Grace Hopper |
      And the scope is:
        | id                  | SCOPE-1                                   |
        | business            | Online retail                             |
        | organizationalUnits | Operations, Sales                         |
        | locations           | [Head office, Leeds warehouse]            |
        | assets              | ERP, warehouse systems, customer data     |
        | technology          | ERP on premises, Microsoft 365            |
      And these sites:
        | id      | name            | inScope |
        | SITE-HQ | Head office     | true    |
        | SITE-WH | Warehouse Leeds | true    |
      And these assets:
        | id       | name           | type     | owner | siteId  | inScope |
        | AST-ERP  | ERP            | software | P-OPS | SITE-HQ |         |
        | AST-WMS  | Warehouse app  | software | P-OPS | SITE-WH |         |
        | AST-PAY  | Payment gateway| service  | P-OPS | SITE-HQ | false   |
      And these business processes:
        | id       | name           | owner | assetIds           |
        | PROC-ORD | Order handling | P-OPS | [AST-ERP, AST-PAY] |
      And these scope exclusions:
        | id     | description         | justification                             | siteIds   |
        | EXCL-1 | The Leeds warehouse | Run by a logistics partner under contract | [SITE-WH] |
      When it is assessed on 2026-11-29
      Then the findings against 4.3.c are:
        | kind                | subject  |
        | minor nonconformity | PROC-ORD |
        | minor nonconformity | AST-WMS  |
      And the finding against 4.3.c about PROC-ORD says "AST-PAY"
      And the finding against 4.3.c about PROC-ORD points at $.businessProcesses[0].assetIds
      And the finding against 4.3.c about AST-WMS points at $.assets[1].siteId

  Rule: 6.1.b - the policy frames objectives, considers requirements, fits the risk context, sets risk criteria and is approved

    Background:
      Given these people:
        | id    | name         | jobTitle | management |
        | P-CEO | Ada Lovelace | CEO      | true       |
        | P-DEV | Alan Turing  | Engineer | false      |

    @nonconforming
    Scenario Outline: A policy that does not cover <topic>
      Given the policy is:
        | id                      | POL-1      |
        | setsObjectivesFramework | true       |
        | considersRequirements   | true       |
        | alignedWithRiskContext  | true       |
        | definesRiskCriteria     | true       |
        | <topic>                 | <value>    |
        | approvedBy              | P-CEO      |
        | approvedOn              | 2026-02-01 |
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a <kind> about POL-1
      And the finding against <requirement> about POL-1 points at $.policy.<topic>

      @5.2.b
      Examples: framework for objectives
        | requirement | topic                   | value    | kind                |
        | 5.2.b   | setsObjectivesFramework | false | minor nonconformity |
        | 5.2.b   | setsObjectivesFramework | (absent) | gap               |

      @5.2.c
      Examples: legal, regulatory and contractual requirements
        | requirement | topic                 | value | kind                |
        | 5.2.c   | considersRequirements | false | minor nonconformity |
        | 5.2.c   | considersRequirements | (absent) | gap               |

      @5.2.a
      Examples: risk management context
        | requirement | topic                  | value | kind                |
        | 5.2.a   | alignedWithRiskContext | false | minor nonconformity |
        | 5.2.a   | alignedWithRiskContext | (absent) | gap               |

      @6.1.2.a.2
      Examples: risk evaluation criteria
        | requirement | topic               | value | kind                |
        | 6.1.2.a.2   | definesRiskCriteria | false | minor nonconformity |
        | 6.1.2.a.2   | definesRiskCriteria | (absent) | gap               |

    @5.2.b @nonconforming
    Scenario: The organization states that it has no ISMS policy (format 1.1)
      Given the snapshot states that the organization has no policy
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.b is a major nonconformity about $.policy
