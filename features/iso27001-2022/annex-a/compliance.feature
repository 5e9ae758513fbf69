Feature: Annex A.15 - compliance: legal register, retention of records, personal data, compliance checks

  Background:
    Given these people:
      | id    | name         | jobTitle         | management |
      | P-CEO | Ada Lovelace | CEO              | true       |
      | P-SEC | Alan Turing  | Security manager | false      |
      | P-HR  | Mary Shelley | HR manager       | false      |

  Rule: A.5.31 - applicable legal, regulatory and contractual requirements are identified and kept current

    @A.5.31 @conforming
    Scenario: Requirements reviewed within the year, and a new one not yet due for review
      Given these legal requirements:
        | id     | kind        | title                       | owner | identifiedOn | reviewedOn |
        | LR-GDP | legal       | GDPR                        | P-SEC | 2018-05-25   | 2026-03-01 |
        | LR-PCI | contractual | PCI DSS via acquirer        | P-SEC | 2020-01-01   | 2025-12-15 |
        | LR-NIS | regulatory  | NIS2 national transposition | P-SEC | 2026-06-01   |            |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.31

    @A.5.31 @nonconforming
    Scenario: A requirement reviewed too long ago, one never reviewed, and one with no dates at all
      Given these legal requirements:
        | id     | kind        | title                | owner | identifiedOn | reviewedOn |
        | LR-GDP | legal       | GDPR                 | P-SEC | 2018-05-25   | 2025-10-01 |
        | LR-PCI | contractual | PCI DSS via acquirer | P-SEC | 2024-01-01   |            |
        | LR-TAX | legal       | Tax record keeping   | P-SEC |              |            |
        | LR-EMP | legal       | Employment law       | P-HR  | 2019-01-01   | 2026-09-01 |
      When it is assessed on 2026-11-29
      Then the findings against A.5.31 are:
        | kind                | subject |
        | minor nonconformity | LR-GDP  |
        | minor nonconformity | LR-PCI  |
        | gap                 | LR-TAX  |
      And the finding against A.5.31 about LR-GDP points at $.legalRequirements[0].reviewedOn

    @A.5.31 @nonconforming
    Scenario: An empty register is a major nonconformity
      Given the snapshot lists no legal requirements
      When it is assessed on 2026-11-29
      Then the only finding against A.5.31 is a major nonconformity about $.legalRequirements

    @A.5.31 @nonconforming
    Scenario: No legal register in the snapshot is a gap
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.31 is a gap about $.legalRequirements

  Rule: A.5.33 - important records are kept as long as the law requires

    Background:
      Given these legal requirements:
        | id     | kind  | title              | owner | identifiedOn | reviewedOn | minimumRetentionMonths |
        | LR-TAX | legal | Tax record keeping | P-SEC | 2019-01-01   | 2026-03-01 | 120                    |
        | LR-EMP | legal | Employment law     | P-HR  | 2019-01-01   | 2026-03-01 | 36                     |
        | LR-GDP | legal | GDPR               | P-SEC | 2019-01-01   | 2026-03-01 |                    |

    @A.5.33 @conforming
    Scenario: Important records kept at least as long as every linked requirement; an unimportant one is not checked
      Given these record types:
        | id     | name                 | retentionMonths | legalRequirementIds | important |
        | RT-INV | Invoices             | 120             | [LR-TAX]            | true      |
        | RT-TRN | Training records     | 48              | [LR-EMP, LR-GDP]    | true      |
        | RT-LOG | Visitor log          | 1               | [LR-EMP]            | false     |
        | RT-MIN | Meeting minutes      |                 | [LR-GDP]            | true      |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.33

    @A.5.33 @nonconforming
    Scenario: Important records kept shorter than a linked requirement demands, and one stating no retention
      Given these record types:
        | id     | name             | retentionMonths | legalRequirementIds | important |
        | RT-INV | Invoices         | 72              | [LR-TAX, LR-EMP]    | true      |
        | RT-PAY | Payroll records  |                 | [LR-TAX, LR-EMP]    | true      |
        | RT-TRN | Training records | 48              | [LR-EMP]            | true      |
      When it is assessed on 2026-11-29
      Then the findings against A.5.33 are:
        | kind                | subject |
        | minor nonconformity | RT-INV  |
        | gap                 | RT-PAY  |
      And the finding against A.5.33 about RT-INV points at $.legalRequirements[0].minimumRetentionMonths

    @A.5.33 @nonconforming
    Scenario: No record types in the snapshot is a gap
      When it is assessed on 2026-11-29
      Then the only finding against A.5.33 is a gap about $.recordTypes

  Rule: A.5.34 - personal data is processed as data protection rules require

    Background:
      Given these legal requirements:
        | id     | kind  | title | owner | identifiedOn | reviewedOn |
        | LR-GDP | legal | GDPR  | P-SEC | 2018-05-25   | 2026-03-01 |

    @A.5.34 @conforming
    Scenario: Every processing shows its lawful basis, applicable rules and protection
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name    | lawfulBasis           | legalRequirementIds | protectionMeasures               | impactAssessed |
        | PA-01 | Payroll | Employment contract   | [LR-GDP]            | Restricted HR share, encryption  | false          |
        | PA-02 | CRM     | Legitimate interest   | [LR-GDP]            | Role-based access, audit trail   | true           |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.34

    @A.5.34 @conforming
    Scenario: An organization that processes no personal data is not checked
      Given the organization's characteristics are:
        | personalData | false |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.34

    @A.5.34 @nonconforming
    Scenario: Processing without lawful basis, and processing linked to no data protection rule and unprotected
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name      | lawfulBasis         | legalRequirementIds | protectionMeasures              |
        | PA-01 | Marketing |                     | [LR-GDP]            | Consent platform                |
        | PA-02 | CCTV      | Legitimate interest |                     | ""                              |
        | PA-03 | Payroll   | Employment contract | [LR-GDP]            | Restricted HR share, encryption |
      When it is assessed on 2026-11-29
      Then the findings against A.5.34 are:
        | kind                | subject |
        | minor nonconformity | PA-01   |
        | minor nonconformity | PA-02   |
      And the finding against A.5.34 about PA-02 points at $.processingActivities[1].legalRequirementIds

    @A.5.34 @nonconforming
    Scenario: Personal data processed but no processing recorded is a major nonconformity
      Given the organization's characteristics are:
        | personalData | true |
      And the snapshot lists no processing activities
      When it is assessed on 2026-11-29
      Then the only finding against A.5.34 is a major nonconformity about $.processingActivities

    @A.5.34 @nonconforming
    Scenario: Personal data processed but no processing activities in the snapshot is a gap
      Given the organization's characteristics are:
        | personalData | true |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.34 is a gap about $.processingActivities

    @A.5.34 @conforming
    Scenario: Processors have data processing agreements covering what they handle (format 1.1)
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name    | lawfulBasis         | legalRequirementIds | protectionMeasures              |
        | PA-01 | Payroll | Employment contract | [LR-GDP]            | Restricted HR share, encryption |
      And these suppliers:
        | id    | name      | personalDataRole | dataCategories                     |
        | S-PAY | PayrollCo | processor        | [employee payroll data]            |
        | S-CRM | CRM Cloud | processor        | [customer contacts, order history] |
        | S-CAT | Caterer   | none             |                                    |
      And these agreements:
        | id    | supplierId | kind    | covers                      | dataCategories                     |
        | AG-1  | S-PAY      | service | [security, data-protection] |                                    |
        | AG-2  | S-CRM      | service | [security, data-protection] | [customer contacts, order history] |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.34

    @A.5.34 @nonconforming
    Scenario: A processor without data protection terms, one whose terms leave data out, and one that does not say what it handles (format 1.1)
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name    | lawfulBasis         | legalRequirementIds | protectionMeasures              |
        | PA-01 | Payroll | Employment contract | [LR-GDP]            | Restricted HR share, encryption |
      And these suppliers:
        | id    | name       | personalDataRole | dataCategories                     |
        | S-PAY | PayrollCo  | processor        | [employee payroll data]            |
        | S-CRM | CRM Cloud  | sub-processor    | [customer contacts, order history] |
        | S-MKT | Mailer Inc | processor        |                                    |
      And these agreements:
        | id    | supplierId | kind    | covers                      | dataCategories      |
        | AG-1  | S-PAY      | service | [security]                  |                     |
        | AG-2  | S-CRM      | service | [security, data-protection] | [customer contacts] |
        | AG-3  | S-MKT      | service | [security, data-protection] |                     |
      When it is assessed on 2026-11-29
      Then the findings against A.5.34 are:
        | kind                | subject |
        | minor nonconformity | S-PAY   |
        | minor nonconformity | S-CRM   |
        | gap                 | S-MKT   |
      And the finding against A.5.34 about S-CRM says "do not cover order history"

  Rule: A.5.36 - managers check compliance with security policies in their areas (every 12 months)

    @A.5.36 @nonconforming
    Scenario: No activities in the snapshot is a gap for compliance checks
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.36 is a gap about $.activities

  Rule: A.5.36 - technical compliance checks take place at planned intervals (every 12 months)

    @A.5.36 @nonconforming
    Scenario: The last technical compliance check is 16 months old
      Given these activities:
        | id    | kind                       | description      | performedOn | performedBy |
        | TCC-1 | technical-compliance-check | Penetration test | 2024-02-01  | P-SEC       |
        | TCC-2 | technical-compliance-check | Penetration test | 2025-07-20  | P-SEC       |
        | CC-1  | compliance-check           | HR check         | 2026-07-20  | P-HR        |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.36 is a minor nonconformity about TCC-2
      And the finding against A.5.36 about TCC-2 points at $.activities[1].performedOn

    @A.5.36 @nonconforming
    Scenario: Activities without any technical compliance check are one major nonconformity
      Given these activities:
        | id   | kind             | performedOn | performedBy |
        | CC-1 | compliance-check | 2026-07-20  | P-HR        |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.36 is a major nonconformity about $.activities

    @A.5.36 @nonconforming
    Scenario: No activities in the snapshot is a gap for technical compliance checks
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.36 is a gap about $.activities
