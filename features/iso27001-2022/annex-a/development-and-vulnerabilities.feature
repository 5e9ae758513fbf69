Feature: Annex A.12 - software change control, outsourced development and technical vulnerabilities

  Background:
    Given these people:
      | id    | name          | jobTitle   |
      | P-OPS | Grace Hopper  | Head of IT |
      | P-DEV | Linus Torvald | Developer  |
      | P-ADM | Ken Thompson  | Sysadmin   |
    And these assets:
      | id     | name           | type     | owner |
      | AST-WB | Web shop       | software | P-OPS |
      | AST-DB | Customer DB    | server   | P-OPS |
      | AST-ML | Mail server    | server   | P-OPS |
    And these suppliers:
      | id    | name       |
      | S-DEV | CodeHouse  |
      | S-APP | AppFactory |

  Rule: A.8.32 - software changes are approved, tested and recorded

    @A.8.32 @nonconforming
    Scenario: Software changes deployed before approval, untested, unrecorded, and one with an incomplete record
      Given these changes:
        | id    | kind     | systemId | requestedBy | approvedBy | approvedOn | implementedOn | implementedBy | tested | recorded |
        | CHG-1 | software | AST-WB   | P-DEV       | P-OPS      | 2026-05-06 | 2026-05-04    | P-ADM         | true   | true     |
        | CHG-2 | software | AST-WB   | P-DEV       | P-OPS      | 2026-06-01 | 2026-06-02    | P-ADM         | false  | true     |
        | CHG-3 | software | AST-WB   | P-DEV       | P-OPS      | 2026-07-01 | 2026-07-02    | P-ADM         | true   | false    |
        | CHG-4 | software | AST-WB   | P-DEV       |            |            | 2026-08-02    | P-ADM         |        | true     |
        | CHG-5 | software | AST-WB   | P-DEV       | P-OPS      | 2026-09-01 | 2026-09-02    | P-ADM         | true   | true     |
      When it is assessed on 2026-11-29
      Then the findings against A.8.32 are:
        | kind                | subject |
        | minor nonconformity | CHG-1   |
        | minor nonconformity | CHG-2   |
        | minor nonconformity | CHG-3   |
        | gap                 | CHG-4   |
      And the finding against A.8.32 about CHG-2 points at $.changes[1].tested
      And the finding against A.8.32 about CHG-4 points at $.changes[3].approvedBy

    @A.8.32 @nonconforming
    Scenario: No change records in the snapshot is a gap for software change control
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.32 is a gap about $.changes

  Rule: A.8.30 - outsourced development agreements cover security, licensing, quality and audit rights

    @A.8.30 @conforming
    Scenario: A complete outsourced development agreement next to a service agreement
      Given the organization's characteristics are:
        | outsourcedDevelopment | true |
      And these agreements:
        | id     | supplierId | kind                   | covers                                                   |
        | AGR-01 | S-DEV      | outsourced-development | [security, licensing, quality, audit-rights, confidentiality] |
        | AGR-02 | S-APP      | service                | [service-levels]                                         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.30

    @A.8.30 @conforming
    Scenario: An organization without outsourced development is not checked
      Given the organization's characteristics are:
        | outsourcedDevelopment | false |
      And these agreements:
        | id     | supplierId | kind                   | covers     |
        | AGR-01 | S-DEV      | outsourced-development | [security] |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.30

    @A.8.30 @nonconforming
    Scenario: An agreement without licensing and audit rights
      Given the organization's characteristics are:
        | outsourcedDevelopment | true |
      And these agreements:
        | id     | supplierId | kind                   | covers                                      |
        | AGR-01 | S-DEV      | outsourced-development | [security, quality]                         |
        | AGR-02 | S-APP      | outsourced-development | [security, licensing, quality, audit-rights] |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.30 is a minor nonconformity about AGR-01
      And the finding against A.8.30 about AGR-01 points at $.agreements[0].covers

    @A.8.30 @nonconforming
    Scenario: Outsourced development but no agreement for it is a gap
      Given the organization's characteristics are:
        | outsourcedDevelopment | true |
      And these agreements:
        | id     | supplierId | kind    | covers     |
        | AGR-02 | S-APP      | service | [security] |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.30 is a gap about $.agreements

  Rule: A.8.8 - technical vulnerabilities are remediated by their deadline

    @A.8.8 @conforming
    Scenario: Open vulnerabilities still within their deadlines, remediated and accepted ones
      Given these vulnerabilities:
        | id    | assetId | reference      | severity | discoveredOn | deadlineOn | remediatedOn | status        |
        | V-1   | AST-WB  | CVE-2026-1001  | critical | 2026-11-05   |            |              | open          |
        | V-2   | AST-DB  | CVE-2026-1002  | high     | 2026-09-15   |            |              | open          |
        | V-3   | AST-ML  | CVE-2026-1003  | critical | 2026-09-01   | 2026-12-15 |              | open          |
        | V-4   | AST-ML  | CVE-2025-0999  | critical | 2025-01-01   |            | 2025-01-10   | remediated    |
        | V-5   | AST-DB  | CVE-2025-0500  | high     | 2025-01-01   |            |              | risk-accepted |
        | V-6   | AST-DB  | Weak cipher    | medium   | 2025-01-01   |            |              | open          |
      And these people:
        | id    | name         | jobTitle | management |
        | P-CEO | Ada Lovelace | CEO      | true       |
      And these management decisions:
        | id      | kind  | decidedBy | decidedOn  | description                                                 | references |
        | MD-V5   | other | P-CEO     | 2025-01-20 | Accept CVE-2025-0500 on the customer DB until its migration | [V-5]      |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.8

    @A.8.8 @nonconforming
    Scenario: Vulnerabilities marked risk-accepted with no decision, a decision by a non-manager, or one naming another item
      Given these people:
        | id    | name         | jobTitle | management |
        | P-CEO | Ada Lovelace | CEO      | true       |
      And these vulnerabilities:
        | id  | assetId | reference     | severity | discoveredOn | status        |
        | V-1 | AST-DB  | CVE-2025-0500 | critical | 2026-01-01   | risk-accepted |
        | V-2 | AST-WB  | CVE-2025-0600 | high     | 2026-02-01   | risk-accepted |
        | V-3 | AST-ML  | CVE-2025-0700 | high     | 2026-03-01   | risk-accepted |
        | V-4 | AST-ML  | CVE-2025-0800 | high     | 2026-03-01   | risk-accepted |
      And these management decisions:
        | id    | kind  | decidedBy | decidedOn  | references |
        | MD-V2 | other | P-ADM     | 2026-02-10 | [V-2]      |
        | MD-V4 | other | P-CEO     | 2026-03-10 | [V-4]      |
        | MD-XX | other | P-CEO     | 2026-03-10 | [AST-ML]   |
      When it is assessed on 2026-11-29
      Then the findings against A.8.8 are:
        | kind                | subject |
        | minor nonconformity | V-1     |
        | minor nonconformity | V-2     |
        | minor nonconformity | V-3     |
      And the finding against A.8.8 about V-1 points at $.vulnerabilities[0].status

    @A.8.8 @nonconforming
    Scenario: Open vulnerabilities past the time for their severity or past their own deadline: four of six is systematic, a major
      Given these vulnerabilities:
        | id    | assetId | reference      | severity | discoveredOn | deadlineOn | remediatedOn | status |
        | V-1   | AST-WB  | CVE-2026-1001  | critical | 2026-10-20   |            |              | open   |
        | V-2   | AST-DB  | CVE-2026-1002  | high     | 2026-08-15   |            |              | open   |
        | V-3   | AST-ML  | CVE-2026-1003  | critical | 2026-11-01   | 2026-11-20 |              | open   |
        | V-4   | AST-ML  | CVE-2026-1004  | high     | 2026-01-01   | 2027-01-31 |              | open   |
        | V-5   | AST-DB  | CVE-2026-1005  | medium   | 2026-03-01   | 2026-06-30 |              | open   |
        | V-6   | AST-WB  | CVE-2026-1006  | critical |              |            |              | open   |
      When it is assessed on 2026-11-29
      Then the findings against A.8.8 are:
        | kind                | subject |
        | major nonconformity | V-1     |
        | major nonconformity | V-2     |
        | major nonconformity | V-3     |
        | major nonconformity | V-5     |
        | gap                 | V-6     |
      And the finding against A.8.8 about V-3 points at $.vulnerabilities[2].deadlineOn
      And the finding against A.8.8 about V-1 points at $.assets[0]

    @A.8.8 @conforming
    Scenario: The organization's own remediation time for critical vulnerabilities wins over the default
      Given the organization's own interval for vulnerability-critical is P60D
      And these vulnerabilities:
        | id  | assetId | reference     | severity | discoveredOn | status |
        | V-1 | AST-WB  | CVE-2026-1001 | critical | 2026-10-20   | open   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.8

    @A.8.8 @nonconforming
    Scenario: No vulnerabilities in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.8.8 is a gap about $.vulnerabilities
