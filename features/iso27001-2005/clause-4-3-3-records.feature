Feature: Clause 4.3.3 - control of records
  An auditor reads the register of records: what each kind of record proves, how it is protected,
  where it is kept and how a record is found, how long it is kept (at least what the law or a contract
  requires) and how it is disposed of; then checks that the ISMS activities and every significant
  incident left a record.

  Background:
    Given these legal requirements:
      | id      | kind       | title                          | minimumRetentionMonths |
      | LR-TAX  | legal      | Tax records retention          | 72                     |
      | LR-GDPR | legal      | Data protection regulation     |                        |

  @4.3.3.established @4.3.3.protected @4.3.3.legal @4.3.3.retrievable @4.3.3.controls @conforming
  Scenario: A complete register of records
    Given these record types:
      | id     | name                      | evidenceOf            | retentionMonths | legalRequirementIds | disposalMethod   | location            | identification      | protection                   |
      | REC-MR | Management review minutes | Management review (7) | 60              |                     | Secure deletion  | SharePoint/ISMS/MR  | MR-<year>-<n>       | Read-only for staff, backed up |
      | REC-IN | Supplier invoices         | Purchasing controls   | 84              | [LR-TAX]            | Shredding        | Finance ERP         | Invoice number      | ERP roles, daily back-up     |
    When it is assessed on 2026-11-29
    Then there is no finding against 4.3.3.established
    And there is no finding against 4.3.3.protected
    And there is no finding against 4.3.3.legal
    And there is no finding against 4.3.3.retrievable
    And there is no finding against 4.3.3.controls

  Rule: 4.3.3.established - records are established as evidence of the ISMS

    @4.3.3.established @nonconforming
    Scenario: A record type that says neither what it is nor what it proves
      Given these record types:
        | id     | name                      | evidenceOf            |
        | REC-MR | Management review minutes | Management review (7) |
        | REC-X  |                           |                       |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.established is a minor nonconformity about REC-X
      And the finding against 4.3.3.established about REC-X points at $.recordTypes[1].name
      And the finding against 4.3.3.established about REC-X points at $.recordTypes[1].evidenceOf

    @4.3.3.established @nonconforming
    Scenario: No record types in the snapshot is one gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.established is a gap about $.recordTypes
      And there is no finding against 4.3.3.protected
      And there is no finding against 4.3.3.legal
      And there is no finding against 4.3.3.retrievable
      And there is no finding against 4.3.3.controls

    @4.3.3.established @nonconforming
    Scenario: A record register document that lists no record types
      Given these documents:
        | id      | title               | type            | version | status |
        | DOC-REC | Register of records | record-register | "1"     | issued |
      And the snapshot lists no record types
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.established is a major nonconformity about $.recordTypes
      And there is no finding against 4.3.1.h
      And there is no finding against 4.3.3.legal

  Rule: 4.3.3.protected - records are protected

    @4.3.3.protected @nonconforming
    Scenario: A record type with no stated protection
      Given these record types:
        | id     | name                      | protection                     |
        | REC-MR | Management review minutes | Read-only for staff, backed up |
        | REC-TR | Training records          |                                |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.protected is a minor nonconformity about REC-TR
      And the finding against 4.3.3.protected about REC-TR points at $.recordTypes[1].protection

  Rule: 4.3.3.legal - retention meets legal, regulatory and contractual obligations

    @4.3.3.legal @nonconforming
    Scenario: Records kept for less time than the law requires
      Given these record types:
        | id     | name              | retentionMonths | legalRequirementIds |
        | REC-IN | Supplier invoices | 24              | [LR-TAX]            |
        | REC-PD | Consent records   | 12              | [LR-GDPR]           |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.legal is a minor nonconformity about REC-IN
      And the finding against 4.3.3.legal about REC-IN points at $.legalRequirements[0].minimumRetentionMonths

    @4.3.3.legal @nonconforming
    Scenario: A legal retention obligation that no record type applies
      Given these record types:
        | id     | name                      | retentionMonths |
        | REC-MR | Management review minutes | 60              |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.legal is a minor nonconformity about LR-TAX

  Rule: 4.3.3.retrievable - records are identifiable and retrievable

    @4.3.3.retrievable @nonconforming
    Scenario: A record type that does not say where its records are kept
      Given these record types:
        | id     | name                      | location           | identification |
        | REC-MR | Management review minutes | SharePoint/ISMS/MR | MR-<year>-<n>  |
        | REC-AR | Access reviews            |                    | Ticket number  |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.retrievable is a minor nonconformity about REC-AR
      And the finding against 4.3.3.retrievable about REC-AR points at $.recordTypes[1].location

  Rule: 4.3.3.controls - retention and disposal of records are documented

    @4.3.3.controls @nonconforming
    Scenario: A record type with no retention period and no disposal method
      Given these record types:
        | id     | name                      | retentionMonths | disposalMethod  |
        | REC-MR | Management review minutes | 60              | Secure deletion |
        | REC-AR | Access reviews            |                 |                 |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.controls is a minor nonconformity about REC-AR
      And the finding against 4.3.3.controls about REC-AR points at $.recordTypes[1].retentionMonths
      And the finding against 4.3.3.controls about REC-AR points at $.recordTypes[1].disposalMethod

  Rule: 4.3.3.performance - the activities of the ISMS process and every significant incident leave a record

    @4.3.3.performance @conforming
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
      Then there is no finding against 4.3.3.performance

    @4.3.3.performance @nonconforming
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
      Then the findings against 4.3.3.performance are:
        | kind                | subject |
        | minor nonconformity | ACT-2   |
        | minor nonconformity | INC-1   |
      And the finding against 4.3.3.performance about INC-1 points at $.incidents[0].recordId

    @4.3.3.performance @nonconforming
    Scenario: ISMS process activities that never name a record are one gap
      Given these activities:
        | id    | kind                 | performedOn |
        | ACT-1 | monitoring           | 2026-10-01  |
        | ACT-2 | effectiveness-review | 2026-09-15  |
      When it is assessed on 2026-11-29
      Then the only finding against 4.3.3.performance is a gap about $.activities
