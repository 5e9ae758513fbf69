Feature: Clause 7.5.2 - control of documents
  An auditor samples the document register: is each document classified and kept in a known place,
  approved before issue, reviewed on time and re-approved after change, versioned with its history,
  available where it is used, identifiable, handled by its classification, traced to its source when
  external, distributed to known people, and withdrawn or marked when obsolete?

  Background:
    Given these people:
      | id    | name          | jobTitle        | management |
      | P-CEO | Ada Lovelace  | CEO             | true       |
      | P-QM  | Mary Somerville | Quality manager | false    |
    And the organization is:
      | classificationScheme | [public, internal, confidential] |
    And these documents:
      | id        | title                      | type                       | version | status   | classification | approvedBy | approvedOn | issuedOn   | lastReviewedOn | location            | distribution | published | externalOrigin | source | retained | markedObsolete |
      | DOC-DCP   | Document control procedure | document-control-procedure | "2"     | issued   | internal       | P-QM       | 2026-05-10 | 2026-05-12 | 2026-05-10     | SharePoint/ISMS     | [All staff]  | true      |                |        |          |                |
      | DOC-ISO   | ISO/IEC 27001:2022         | standard                   | "2005"  | issued   | internal       |            |            |            | 2026-02-01     | SharePoint/Standard | [ISMS team]  | true      | true           | ISO    |          |                |
      | DOC-DCP-1 | Document control procedure | document-control-procedure | "1"     | obsolete | internal       | P-QM       | 2025-01-10 | 2025-01-12 |                | Archive/ISMS        | [All staff]  | false     |                |        | true     | true           |
    And the change history of document DOC-DCP is:
      | version | date       | description                      | approvedBy |
      | "1"     | 2025-01-10 | First issue                      | P-QM       |
      | "2"     | 2026-05-10 | Adds external documents handling | P-QM       |

  @7.5.3.b @7.5.1.b @7.5.2.c @7.5.3.e @7.5.3.a @7.5.2.a @7.5.3.external @7.5.3.c @7.5.3.f @conforming
  Scenario: A controlled document register
    When it is assessed on 2026-11-29
    Then there is no finding against 7.5.3.b
    And there is no finding against 7.5.1.b
    And there is no finding against 7.5.2.c
    And there is no finding against 7.5.2.c
    And there is no finding against 7.5.3.e
    And there is no finding against 7.5.3.a
    And there is no finding against 7.5.2.a
    And there is no finding against 7.5.3.b
    And there is no finding against 7.5.3.external
    And there is no finding against 7.5.3.c
    And there is no finding against 7.5.3.c
    And there is no finding against 7.5.3.f

  Rule: 7.5.3.b - documents in use or kept are classified and kept in a known place

    @7.5.3.b @conforming
    Scenario: A withdrawn document that is not kept needs no classification or location
      Given these documents:
        | id      | title             | type  | version | status   | retained |
        | DOC-OLD | Old visitor rules | other | "1"     | obsolete | false    |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.3.b

    @7.5.3.b @nonconforming
    Scenario: A document without classification and another without location
      Given these documents:
        | id      | title             | type      | version | status   | classification | location        | retained |
        | DOC-A   | Clear desk policy | topic-policy | "1"  | issued   |                | SharePoint/ISMS |          |
        | DOC-B   | Crypto policy     | topic-policy | "1"  | issued   | internal       |                 |          |
        | DOC-OLD | Old visitor rules | other     | "1"     | obsolete |                |                 | false    |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.b are:
        | kind                | subject |
        | minor nonconformity | DOC-A   |
        | minor nonconformity | DOC-B   |
      And the finding against 7.5.3.b about DOC-A points at $.documents[3].classification
      And the finding against 7.5.3.b about DOC-B points at $.documents[4].location

  Rule: 7.5.1.b - a documented procedure defines document control

    @7.5.1.b @nonconforming
    Scenario: No document control procedure at all
      Given document DOC-DCP is not in the register
      And document DOC-DCP-1 is not in the register
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.1.b is a major nonconformity about $.documents

  Rule: 7.5.2.c - documents are approved before they are issued

    @7.5.2.c @conforming
    Scenario: Drafts need no approval yet, external documents are approved by their publisher
      Given these documents:
        | id      | title            | type      | version | status | externalOrigin | source    |
        | DOC-DRF | Backup procedure | procedure | "0.3"   | draft  |                |           |
        | DOC-NIS | NIST SP 800-30   | standard  | "1"     | issued | true           | NIST      |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.2.c

    @7.5.2.c @nonconforming
    Scenario: A document issued before its approval and one with no recorded approval
      Given these documents:
        | id      | title               | type      | version | status | approvedBy | approvedOn | issuedOn   |
        | DOC-X   | Access procedure    | procedure | "2"     | issued | P-QM       | 2026-03-05 | 2026-03-01 |
        | DOC-Y   | Incident procedure  | incident-procedure | "1" | issued |      | 2026-02-01 | 2026-02-02 |
        | DOC-DRF | Backup procedure    | procedure | "0.3"   | draft  |            |            |            |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.2.c are:
        | kind                | subject |
        | minor nonconformity | DOC-X   |
        | gap                 | DOC-Y   |
      And the finding against 7.5.2.c about DOC-X points at $.documents[3].issuedOn
      And the finding against 7.5.2.c about DOC-Y points at $.documents[4].approvedBy

  Rule: 7.5.2.c - documents are reviewed at their interval and re-approved after change

    @7.5.2.c @conforming
    Scenario: A document's own longer review interval wins over the default
      Given these documents:
        | id      | title          | type         | version | status | approvedBy | approvedOn | issuedOn   | lastReviewedOn | reviewIntervalMonths |
        | DOC-OWN | Supplier rules | topic-policy | "1"     | issued | P-QM       | 2025-06-01 | 2025-06-01 | 2025-06-01     | 24                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.2.c

    @7.5.2.c @nonconforming
    Scenario: Documents past review, due for review, and changed without re-approval
      Given these documents:
        | id       | title              | type         | version | status | approvedBy | approvedOn | issuedOn   | lastReviewedOn | lastChangedOn | reviewIntervalMonths |
        | DOC-OVR  | Password standard  | topic-policy | "1"     | issued | P-QM       | 2025-06-01 | 2025-06-01 | 2025-06-01     |               |                      |
        | DOC-OWN  | Supplier rules     | topic-policy | "1"     | issued | P-QM       | 2025-06-01 | 2025-06-01 | 2025-06-01     |               | 24                   |
        | DOC-APP  | Clear desk policy  | topic-policy | "1"     | issued | P-QM       | 2025-01-10 | 2025-01-10 |                |               |                      |
        | DOC-SOON | Mobile device rules | topic-policy | "1"    | issued | P-QM       | 2025-12-10 | 2025-12-10 | 2025-12-10     |               |                      |
        | DOC-CHG  | Logging standard   | topic-policy | "2"     | issued | P-QM       | 2026-06-01 | 2026-06-01 | 2026-06-01     | 2026-09-01    |                      |
        | DOC-DRF  | Backup procedure   | procedure    | "0.3"   | draft  |            |            |            | 2020-01-01     | 2026-10-01    |                      |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.2.c are:
        | kind                | subject  |
        | minor nonconformity | DOC-OVR  |
        | minor nonconformity | DOC-APP  |
        | observation         | DOC-SOON |
        | minor nonconformity | DOC-CHG  |
      And the finding against 7.5.2.c about DOC-APP points at $.documents[5].approvedOn
      And the finding against 7.5.2.c about DOC-CHG points at $.documents[7].lastChangedOn

    @7.5.2.c @nonconforming
    Scenario: The organization's own shorter review interval applies
      Given the organization's own interval for document-review is P6M
      When it is assessed on 2026-11-29
      Then the findings against 7.5.2.c are:
        | kind                | subject |
        | minor nonconformity | DOC-DCP |
        | minor nonconformity | DOC-ISO |

  Rule: 7.5.3.e - the revision status and the changes of documents are identified

    @7.5.3.e @conforming
    Scenario: A withdrawn document needs no current version, an external one no change history
      Given these documents:
        | id      | title             | type     | status   | version | externalOrigin | source |
        | DOC-OLD | Old visitor rules | other    | obsolete |         |                |        |
        | DOC-NIS | NIST SP 800-30    | standard | issued   | "1"     | true           | NIST   |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.3.e

    @7.5.3.e @nonconforming
    Scenario: A document without version, one without history, and a history that misses the current version
      Given these documents:
        | id      | title             | type         | version | status |
        | DOC-NV  | Backup procedure  | procedure    |         | draft  |
        | DOC-NH  | Clear desk policy | topic-policy | "1"     | issued |
        | DOC-CUR | Logging standard  | topic-policy | "3"     | issued |
      And the change history of document DOC-CUR is:
        | version | date       | description | approvedBy |
        | "1"     | 2024-03-01 | First issue | P-QM       |
        | "2"     | 2025-03-01 | New sources | P-QM       |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.e are:
        | kind                | subject |
        | minor nonconformity | DOC-NV  |
        | minor nonconformity | DOC-NH  |
        | minor nonconformity | DOC-CUR |
      And the finding against 7.5.3.e about DOC-NV points at $.documents[3].version

    @7.5.3.e @nonconforming
    Scenario: A register that records no change history at all is one gap
      Given no document of the register records its revisions
      And these documents:
        | id     | title             | type         | version | status |
        | DOC-NH | Clear desk policy | topic-policy | "1"     | issued |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.e is a gap about $.documents

  Rule: 7.5.3.a - the versions in force are available where they are used

    @7.5.3.a @conforming
    Scenario: A draft kept away from its users
      Given these documents:
        | id      | title            | type      | version | status | published |
        | DOC-DRF | Backup procedure | procedure | "0.3"   | draft  | false     |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.3.a

    @7.5.3.a @nonconforming
    Scenario: An issued document that is not published and a draft that is
      Given these documents:
        | id       | title              | type      | version | status | published |
        | DOC-UNP  | Access procedure   | procedure | "2"     | issued | false     |
        | DOC-DRF  | Backup procedure   | procedure | "0.3"   | draft  | true      |
        | DOC-DRF2 | Restore procedure  | procedure | "0.1"   | draft  | false     |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.a are:
        | kind                | subject |
        | minor nonconformity | DOC-UNP |
        | minor nonconformity | DOC-DRF |
      And the finding against 7.5.3.a about DOC-UNP points at $.documents[3].published

  Rule: 7.5.2.a - documents are readily identifiable

    @7.5.2.a @nonconforming
    Scenario: A document without a title and two issued documents with the same title
      Given these documents:
        | id      | title                      | type      | version | status |
        | DOC-NT  |                            | procedure | "1"     | issued |
        | DOC-DUP | Document control procedure | procedure | "1"     | issued |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.2.a are:
        | kind                | subject |
        | minor nonconformity | DOC-NT  |
        | minor nonconformity | DOC-DUP |
      And the finding against 7.5.2.a about DOC-DUP points at $.documents[0].title

  Rule: 7.5.3.b - documents are classified with the levels of the organization's scheme

    @7.5.3.b @nonconforming
    Scenario: Classified documents but no classification scheme
      Given the organization is:
        | classificationScheme | (absent) |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.b is a gap about ORG

  Rule: 7.5.3.external - documents of external origin are identified with their source

    @7.5.3.external @nonconforming
    Scenario: An external document without source and a standard not marked external
      Given these documents:
        | id      | title               | type     | version | status | externalOrigin | source |
        | DOC-EXT | Cloud provider SLA  | contract | "7"     | issued | true           |        |
        | DOC-STD | PCI DSS             | standard | "4.0"   | issued |                |        |
        | DOC-NDA | Our standard NDA    | contract | "2"     | issued |                |        |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.external are:
        | kind                | subject |
        | minor nonconformity | DOC-EXT |
        | minor nonconformity | DOC-STD |
      And the finding against 7.5.3.external about DOC-STD points at $.documents[4].externalOrigin

  Rule: 7.5.3.c - the distribution of documents is controlled

    @7.5.3.c @conforming
    Scenario: A draft has no distribution yet
      Given these documents:
        | id      | title            | type      | version | status |
        | DOC-DRF | Backup procedure | procedure | "0.3"   | draft  |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.3.c

    @7.5.3.c @nonconforming
    Scenario: An issued document without distribution list
      Given these documents:
        | id      | title            | type      | version | status | distribution |
        | DOC-ND  | Access procedure | procedure | "2"     | issued |              |
        | DOC-DRF | Backup procedure | procedure | "0.3"   | draft  |              |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.c is a minor nonconformity about DOC-ND
      And the finding against 7.5.3.c about DOC-ND points at $.documents[3].distribution

    @7.5.3.c @nonconforming
    Scenario: A register that records no distribution at all is one gap
      Given no document of the register records its distribution
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.c is a gap about $.documents

  Rule: 7.5.3.c - obsolete documents are withdrawn from use

    @7.5.3.c @nonconforming
    Scenario: An obsolete document still published
      Given these documents:
        | id      | title             | type  | version | status   | published |
        | DOC-OBS | Old remote access | other | "1"     | obsolete | true      |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.c is a minor nonconformity about DOC-OBS
      And the finding against 7.5.3.c about DOC-OBS points at $.documents[3].published

  Rule: 7.5.3.f - obsolete documents that are kept are marked as obsolete

    @7.5.3.f @conforming
    Scenario: An obsolete document that is not kept needs no marking
      Given these documents:
        | id      | title             | type  | version | status   | retained | markedObsolete |
        | DOC-OLD | Old visitor rules | other | "1"     | obsolete | false    | false          |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.3.f

    @7.5.3.f @nonconforming
    Scenario: Retained obsolete documents, one not marked and one whose marking is not recorded
      Given these documents:
        | id     | title             | type  | version | status   | retained | markedObsolete |
        | DOC-R1 | Old access policy | other | "1"     | obsolete | true     | false          |
        | DOC-R2 | Old backup policy | other | "1"     | obsolete | true     |                |
        | DOC-R3 | Old visitor rules | other | "1"     | obsolete | false    | false          |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.f are:
        | kind                | subject |
        | minor nonconformity | DOC-R1  |
        | gap                 | DOC-R2  |

  Rule: 7.5.2.b - documents say the format and medium they are kept in (format 1.2)

    @7.5.2.b @conforming
    Scenario: Both documents in force say their format and medium; the obsolete one is not counted
      Given these values are set in the snapshot:
        | path                   | value                      |
        | $.documents[0].format  | PDF on SharePoint          |
        | $.documents[1].format  | Licensed PDF, ISMS library |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.2.b

    @7.5.2.b @nonconforming
    Scenario: The standard's copy does not say its format or medium
      Given these values are set in the snapshot:
        | path                   | value             |
        | $.documents[0].format  | PDF on SharePoint |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.2.b is a gap about DOC-ISO
      And the finding against 7.5.2.b about DOC-ISO points at $.documents[1].format
