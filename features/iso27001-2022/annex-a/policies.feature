Feature: Annex A.5 - the information security policy
  The auditor reads the policy document: approved by management, issued, published, communicated in its
  current version to personnel and to the external parties that access information, and reviewed within
  its planned interval and after changes to the ISMS.

  Background:
    Given these people:
      | id    | name         | jobTitle | management |
      | P-CEO | Ada Lovelace | CEO      | true       |
      | P-DEV | Alan Turing  | Engineer | false      |
    And these suppliers:
      | id      | name            | accessesInformation | accessesFacilities |
      | SUP-MSP | Managed IT Ltd  | true                | false              |
      | SUP-CAT | Catering Co     | false               | false              |

  Rule: A.5.1 - the policy document is approved by management, published and communicated

    @A.5.1 @conforming
    Scenario: An issued policy document, approved by the CEO, published and communicated to all
      Given these documents:
        | id      | title                       | type   | status | version | issuedOn   | published |
        | DOC-POL | Information security policy | policy | issued | "3"     | 2026-02-01 | true      |
      And the policy is:
        | id                              | POL-1      |
        | documentId                      | DOC-POL    |
        | approvedBy                      | P-CEO      |
        | approvedOn                      | 2026-02-01 |
        | publishedOn                     | 2026-02-03 |
        | communicatedToPersonnelOn       | 2026-02-10 |
        | communicatedToExternalPartiesOn | 2026-02-15 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.1

    @A.5.1 @conforming
    Scenario: A policy signed off by an engineer but approved in a recorded management decision
      Given these documents:
        | id      | title                       | type   | status | issuedOn   | published |
        | DOC-POL | Information security policy | policy | issued | 2026-02-01 | true      |
      And the policy is:
        | id                              | POL-1      |
        | documentId                      | DOC-POL    |
        | approvedBy                      | P-DEV      |
        | approvedOn                      | 2026-02-01 |
        | communicatedToPersonnelOn       | 2026-02-10 |
        | communicatedToExternalPartiesOn | 2026-02-15 |
      And these management decisions:
        | id     | kind            | decidedBy | decidedOn  | references |
        | DEC-7  | policy-approval | P-CEO     | 2026-02-01 | [DOC-POL]  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.1

    @A.5.1 @conforming
    Scenario: No external party accesses information, so no communication to external parties is expected
      Given the snapshot lists no suppliers
      And these suppliers:
        | id      | name        | accessesInformation | accessesFacilities |
        | SUP-CAT | Catering Co | false               | false              |
      And these documents:
        | id      | title                       | type   | status | issuedOn   | published |
        | DOC-POL | Information security policy | policy | issued | 2026-02-01 | true      |
      And the policy is:
        | id                        | POL-1      |
        | documentId                | DOC-POL    |
        | approvedBy                | P-CEO      |
        | approvedOn                | 2026-02-01 |
        | communicatedToPersonnelOn | 2026-02-10 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.1

    @A.5.1 @5.2.b @nonconforming
    Scenario: No policy at all is clause 5.2 b)'s gap, not a second one against A.5.1
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 5.2.b is a gap about $.policy
      And there is no finding against A.5.1
      And there is no finding against A.5.1

    @A.5.1 @nonconforming
    Scenario Outline: A policy whose <field> is <value>
      Given these documents:
        | id      | title                       | type   | status | issuedOn   | published |
        | DOC-POL | Information security policy | policy | issued | 2026-02-01 | true      |
      And the policy is:
        | id                              | POL-1      |
        | documentId                      | DOC-POL    |
        | approvedBy                      | P-CEO      |
        | approvedOn                      | 2026-02-01 |
        | publishedOn                     | 2026-02-03 |
        | communicatedToPersonnelOn       | 2026-02-10 |
        | communicatedToExternalPartiesOn | 2026-02-15 |
        | <field>                         | <value>    |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1 is a <kind> about POL-1
      And the finding against A.5.1 about POL-1 points at $.policy.<field>

      Examples: no document, approval or communication recorded
        | field                           | value    | kind |
        | documentId                      | (absent) | gap  |
        | approvedBy                      | (absent) | gap  |
        | communicatedToPersonnelOn       | (absent) | gap  |
        | communicatedToExternalPartiesOn | (absent) | gap  |

      Examples: approval outside management, and communication of a superseded version
        | field                           | value      | kind                |
        | approvedBy                      | P-DEV      | minor nonconformity |
        | communicatedToPersonnelOn       | 2025-03-01 | minor nonconformity |
        | communicatedToExternalPartiesOn | 2025-03-01 | minor nonconformity |

    @A.5.1 @nonconforming
    Scenario Outline: A policy document that is <state>
      Given these documents:
        | id      | title                       | type   | status   | issuedOn   | published   |
        | DOC-POL | Information security policy | policy | <status> | 2026-02-01 | <published> |
        | DOC-OLD | Security policy 2019        | policy | obsolete | 2019-01-01 | false       |
      And the policy is:
        | id                              | POL-1         |
        | documentId                      | DOC-POL       |
        | approvedBy                      | P-CEO         |
        | approvedOn                      | 2026-02-01    |
        | publishedOn                     | <publishedOn> |
        | communicatedToPersonnelOn       | 2026-02-10    |
        | communicatedToExternalPartiesOn | 2026-02-15    |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1 is a <kind> about <subject>

      Examples:
        | state                                  | status | published | publishedOn | kind                | subject |
        | still a draft                          | draft  | true      | 2026-02-03  | minor nonconformity | DOC-POL |
        | not published                          | issued | false     | 2026-02-03  | minor nonconformity | DOC-POL |
        | of unknown publication                 | issued |           |             | gap                 | POL-1   |

  Rule: A.5.1 - the policy is reviewed at planned intervals and after significant changes

    Background:
      Given these changes:
        | id     | kind        | description                    | implementedOn |
        | CHG-1  | isms        | Scope extended to Dublin       | 2024-12-01    |
        | CHG-2  | operational | Firewall rule added            | 2026-06-01    |
