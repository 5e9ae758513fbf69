Feature: Clause 7.5.3 - control of records
  An auditor reads the register of records: what each kind of record proves, how it is protected,
  where it is kept and how a record is found, how long it is kept (at least what the law or a contract
  requires) and how it is disposed of; then checks that the ISMS activities and every significant
  incident left a record.

  Background:
    Given these legal requirements:
      | id      | kind       | title                          | minimumRetentionMonths |
      | LR-TAX  | legal      | Tax records retention          | 72                     |
      | LR-GDPR | legal      | Data protection regulation     |                        |

  @7.5.1.a @7.5.3.b @7.5.3.f @7.5.3.d @conforming
  Scenario: A complete register of records
    Given these record types:
      | id     | name                      | evidenceOf            | retentionMonths | legalRequirementIds | disposalMethod   | location            | identification      | protection                   |
      | REC-MR | Management review minutes | Management review (7) | 60              |                     | Secure deletion  | SharePoint/ISMS/MR  | MR-<year>-<n>       | Read-only for staff, backed up |
      | REC-IN | Supplier invoices         | Purchasing controls   | 84              | [LR-TAX]            | Shredding        | Finance ERP         | Invoice number      | ERP roles, daily back-up     |
    When it is assessed on 2026-11-29
    Then there is no finding against 7.5.1.a
    And there is no finding against 7.5.3.b
    And there is no finding against 7.5.3.f
    And there is no finding against 7.5.3.d
    And there is no finding against 7.5.3.d

  Rule: 7.5.1.a - records are established as evidence of the ISMS

    @7.5.1.a @nonconforming
    Scenario: A record type that says neither what it is nor what it proves
      Given these record types:
        | id     | name                      | evidenceOf            |
        | REC-MR | Management review minutes | Management review (7) |
        | REC-X  |                           |                       |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.1.a is a minor nonconformity about REC-X
      And the finding against 7.5.1.a about REC-X points at $.recordTypes[1].name
      And the finding against 7.5.1.a about REC-X points at $.recordTypes[1].evidenceOf

    @7.5.1.a @nonconforming
    Scenario: No record types in the snapshot is one gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.1.a is a gap about $.recordTypes
      And there is no finding against 7.5.3.b
      And there is no finding against 7.5.3.f
      And there is no finding against 7.5.3.d
      And there is no finding against 7.5.3.d

  Rule: 7.5.3.b - records are protected

    @7.5.3.b @nonconforming
    Scenario: A record type with no stated protection
      Given these record types:
        | id     | name                      | protection                     |
        | REC-MR | Management review minutes | Read-only for staff, backed up |
        | REC-TR | Training records          |                                |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.b is a minor nonconformity about REC-TR
      And the finding against 7.5.3.b about REC-TR points at $.recordTypes[1].protection

  Rule: 7.5.3.f - retention meets legal, regulatory and contractual obligations

    @7.5.3.f @nonconforming
    Scenario: Records kept for less time than the law requires
      Given these record types:
        | id     | name              | retentionMonths | legalRequirementIds |
        | REC-IN | Supplier invoices | 24              | [LR-TAX]            |
        | REC-PD | Consent records   | 12              | [LR-GDPR]           |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.f is a minor nonconformity about REC-IN
      And the finding against 7.5.3.f about REC-IN points at $.legalRequirements[0].minimumRetentionMonths

    @7.5.3.f @nonconforming
    Scenario: A legal retention obligation that no record type applies
      Given these record types:
        | id     | name                      | retentionMonths |
        | REC-MR | Management review minutes | 60              |
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.3.f is a minor nonconformity about LR-TAX

  Rule: 7.5.3.d - records are identifiable and retrievable

  Rule: 7.5.3.d - retention and disposal of records are documented

  Rule: 8.1.documented - the activities of the ISMS process and every significant incident leave a record

    @8.1.documented @conforming
    Scenario: ISMS process activities and significant incidents with their records
      Given these activities:
        | id    | kind          | performedOn | recordId |
        | ACT-1 | monitoring    | 2026-10-01  | LOG-77   |
        | ACT-2 | communication | 2026-03-04  |          |
      And these incidents:
        | id    | title              | significant | recordId |
        | INC-1 | Ransomware on NAS  | true        | IR-2026-1 |
        | INC-2 | Phishing mail      | false       |           |
      When it is assessed on 2026-11-29
      Then there is no finding against 8.1.documented

    @8.1.documented @nonconforming
    Scenario: A significant incident and a review of the ISMS without a record
      Given these activities:
        | id    | kind                 | performedOn | recordId |
        | ACT-1 | monitoring           | 2026-10-01  | LOG-77   |
        | ACT-2 | effectiveness-review | 2026-09-15  |          |
        | ACT-3 | communication        | 2026-03-04  |          |
      And these incidents:
        | id    | title              | significant | recordId |
        | INC-1 | Ransomware on NAS  | true        |          |
        | INC-2 | Phishing mail      | false       |          |
      When it is assessed on 2026-11-29
      Then the findings against 8.1.documented are:
        | kind                | subject |
        | minor nonconformity | ACT-2   |
        | minor nonconformity | INC-1   |
      And the finding against 8.1.documented about INC-1 points at $.incidents[0].recordId

    @8.1.documented @nonconforming
    Scenario: ISMS process activities that never name a record are one gap
      Given these activities:
        | id    | kind                 | performedOn |
        | ACT-1 | monitoring           | 2026-10-01  |
        | ACT-2 | effectiveness-review | 2026-09-15  |
      When it is assessed on 2026-11-29
      Then the only finding against 8.1.documented is a gap about $.activities

  Rule: 7.5.3.d - where records are stored and how they are preserved

    @7.5.3.d @nonconforming
    Scenario: One kind of record has no stated place, another no retention period or disposal method
      Given these record types:
        | id     | name                      | evidenceOf            | retentionMonths | disposalMethod  | location           | identification | protection          |
        | REC-MR | Management review minutes | Management review (7) | 60              | Secure deletion | SharePoint/ISMS/MR | MR-<year>-<n>  | Read-only for staff |
        | REC-AL | Access logs               | Access control        | 12              | Secure deletion |                    | Log file name  | SIEM, write-once    |
        | REC-TR | Training records          | Awareness (7.3)       |                 |                 | HR system          | Employee id    | HR roles            |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.3.d are:
        | kind                | subject |
        | minor nonconformity | REC-AL  |
        | minor nonconformity | REC-TR  |
      And the finding against 7.5.3.d about REC-AL points at $.recordTypes[1].location
