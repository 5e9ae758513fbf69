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

  Rule: A.5.1.1 - the policy document is approved by management, published and communicated

    @A.5.1.1 @conforming
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
      Then there is no finding against A.5.1.1

    @A.5.1.1 @conforming
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
      Then there is no finding against A.5.1.1

    @A.5.1.1 @conforming
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
      Then there is no finding against A.5.1.1

    @A.5.1.1 @4.2.1.b.1 @nonconforming
    Scenario: No policy at all is clause 4.2.1 b)'s gap, not a second one against A.5.1.1
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.2.1.b.1 is a gap about $.policy
      And there is no finding against A.5.1.1
      And there is no finding against A.5.1.2

    @A.5.1.1 @nonconforming
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
      Then the only finding against A.5.1.1 is a <kind> about POL-1
      And the finding against A.5.1.1 about POL-1 points at $.policy.<field>

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

    @A.5.1.1 @nonconforming
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
      Then the only finding against A.5.1.1 is a <kind> about <subject>

      Examples:
        | state                                  | status | published | publishedOn | kind                | subject |
        | still a draft                          | draft  | true      | 2026-02-03  | minor nonconformity | DOC-POL |
        | not published                          | issued | false     | 2026-02-03  | minor nonconformity | DOC-POL |
        | of unknown publication                 | issued |           |             | gap                 | POL-1   |

  Rule: A.5.1.2 - the policy is reviewed at planned intervals and after significant changes

    Background:
      Given these changes:
        | id     | kind        | description                    | implementedOn |
        | CHG-1  | isms        | Scope extended to Dublin       | 2024-12-01    |
        | CHG-2  | operational | Firewall rule added            | 2026-06-01    |

    @A.5.1.2 @conforming
    Scenario Outline: A policy last reviewed or approved within its interval (<case>)
      Given the organization's own interval for policy-review is <orgInterval>
      And these documents:
        | id      | title                       | type   | status | reviewIntervalMonths | lastReviewedOn | approvedOn   |
        | DOC-POL | Information security policy | policy | issued | <ownMonths>          | <reviewedOn>   | <approvedOn> |
      And the policy is:
        | id         | POL-1   |
        | documentId | DOC-POL |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.1.2

      Examples:
        | case                                          | orgInterval | ownMonths | reviewedOn | approvedOn |
        | reviewed in February                          | P12M        |           | 2026-02-01 | 2025-01-10 |
        | an old review but a new version approved      | P12M        |           | 2024-01-10 | 2026-03-01 |
        | the document's own 24 months win over P12M    | P12M        | 24        | 2025-02-01 |            |
        | the organization's own interval of 18 months  | P18M        |           | 2025-08-01 |            |

    @A.5.1.2 @nonconforming
    Scenario Outline: A policy past its review date (<case>)
      Given the organization's own interval for policy-review is <orgInterval>
      And these documents:
        | id      | title                       | type   | status | reviewIntervalMonths | lastReviewedOn |
        | DOC-POL | Information security policy | policy | issued | <ownMonths>          | <reviewedOn>   |
      And the policy is:
        | id         | POL-1      |
        | documentId | DOC-POL    |
        | approvedOn | 2025-09-01 |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1.2 is a minor nonconformity about DOC-POL
      And the finding against A.5.1.2 about DOC-POL points at $.documents[0].lastReviewedOn

      Examples:
        | case                               | orgInterval | ownMonths | reviewedOn |
        | twelve months and more             | P12M        |           | 2025-10-01 |
        | the document's own 6 months        | P12M        | 6         | 2026-04-01 |
        | the organization's own 6 months    | P6M         |           | 2026-05-01 |

    @A.5.1.2 @nonconforming
    Scenario: A policy whose review falls due within the next weeks
      Given these documents:
        | id      | title                       | type   | status | lastReviewedOn |
        | DOC-POL | Information security policy | policy | issued | 2025-12-15     |
      And the policy is:
        | id         | POL-1   |
        | documentId | DOC-POL |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1.2 is an observation about DOC-POL

    @A.5.1.2 @nonconforming
    Scenario: A policy not reviewed after a later change to the ISMS
      Given these changes:
        | id    | kind | description              | implementedOn |
        | CHG-3 | isms | New cloud platform added | 2026-06-15    |
      And these documents:
        | id      | title                       | type   | status | lastReviewedOn |
        | DOC-POL | Information security policy | policy | issued | 2026-02-01     |
      And the policy is:
        | id         | POL-1   |
        | documentId | DOC-POL |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1.2 is an observation about DOC-POL
      And the finding against A.5.1.2 about DOC-POL points at $.changes[2].implementedOn

    @A.5.1.2 @nonconforming
    Scenario: A policy with no review and no approval date
      Given these documents:
        | id      | title                       | type   | status |
        | DOC-POL | Information security policy | policy | issued |
      And the policy is:
        | id         | POL-1   |
        | documentId | DOC-POL |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.1.2 is a gap about DOC-POL

    @A.5.1.2 @A.5.1.1 @nonconforming
    Scenario: A policy without a document is A.5.1.1's gap; its review cannot be checked
      Given the policy is:
        | id         | POL-1      |
        | approvedOn | 2020-01-01 |
      When it is assessed on 2026-11-29
      Then it has a gap against A.5.1.1 about POL-1
      And there is no finding against A.5.1.2
