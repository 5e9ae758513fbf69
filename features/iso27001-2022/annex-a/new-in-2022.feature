Feature: Annex A controls new in 2022 - checks on facts (format 1.2)
  The eleven controls the 2022 edition added are judged from the facts a format 1.2 snapshot holds: threat
  analyses, cloud services among the suppliers, the ICT recovery of critical processes, the monitoring of secure
  areas, configuration baselines, deletion records, masking of test data, leakage prevention, monitoring of
  critical assets, web filtering and code review. A check applies only while its control is in force: expected
  and not excluded by the Statement of Applicability, or selected by it.

  Background:
    Given these people:
      | id    | name           | jobTitle    |
      | P-CIO | Ada Lovelace   | CIO         |
      | P-DEV | Grace Hopper   | Lead dev    |

  Rule: A.5.7 - threat information is collected and analysed, and each analysis ends in an outcome

    @A.5.7 @conforming
    Scenario: A recent analysis of named sources that updated a risk
      Given the snapshot gives threatAnalyses as '[{"id": "TA-1", "analysedOn": "2026-06-10", "sources": ["CERT advisories"], "outcome": "none-needed"}, {"id": "TA-2", "analysedOn": "2026-10-15", "sources": ["CERT advisories", "vendor bulletins"], "outcome": "action"}]'
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.7

    @A.5.7 @nonconforming
    Scenario: The latest analysis is older than the planned interval, and an earlier one names no source and no outcome
      Given the snapshot gives threatAnalyses as '[{"id": "TA-1", "analysedOn": "2026-01-10"}, {"id": "TA-2", "analysedOn": "2026-07-20", "sources": ["CERT advisories"], "outcome": "risk-updated"}]'
      When it is assessed on 2026-11-29
      Then the findings against A.5.7 are:
        | kind                | subject |
        | minor nonconformity | TA-2    |
        | minor nonconformity | TA-1    |
        | minor nonconformity | TA-1    |
      And the finding against A.5.7 about TA-2 points at $.threatAnalyses[1].analysedOn

    @A.5.7 @nonconforming
    Scenario: A snapshot without threat analyses is a gap
      Given the snapshot gives name as '"Acme"'
      When it is assessed on 2026-11-29
      Then the only finding against A.5.7 is a gap about $.threatAnalyses

    @A.5.7 @nonconforming
    Scenario: Threat analyses given but empty is a major nonconformity
      Given the snapshot gives threatAnalyses as '[]'
      When it is assessed on 2026-11-29
      Then the only finding against A.5.7 is a major nonconformity about $.threatAnalyses

    @A.5.7
    Scenario: A threat analysis naming a risk the register does not hold is rejected before any check
      Given the snapshot gives threatAnalyses as '[{"id": "TA-1", "analysedOn": "2026-10-15", "sources": ["CERT advisories"], "outcome": "risk-updated", "riskIds": ["R-404"]}]'
      When it is assessed on 2026-11-29
      Then the snapshot is rejected at $.threatAnalyses[0].riskIds[0] with a message containing "R-404"

  Rule: A.5.23 - each cloud service has an owner, the information it holds, an agreement covering security and, for critical information, an exit plan

    Background:
      Given these assets:
        | id     | name          | type        | owner | critical |
        | AST-CRM | Customer data | information | P-CIO | true     |
        | AST-WIKI | Team wiki    | information | P-CIO | false    |

    @A.5.23 @conforming
    Scenario: Cloud services fully recorded, and a non-cloud supplier
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id      | name       | providesService | cloudService | cloudServiceOwner | assetIds  | exitPlan |
        | SUP-CRM | CRM Cloud  | true            | true         | P-CIO             | [AST-CRM] | true     |
        | SUP-WIK | Wiki SaaS  | true            | true         | P-DEV             | [AST-WIKI] |         |
        | SUP-CLN | Cleaners   | true            | false        |                   |           |          |
      And these agreements:
        | id    | supplierId | covers              |
        | AG-1  | SUP-CRM    | [security]          |
        | AG-2  | SUP-WIK    | [security, confidentiality] |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.23

    @A.5.23 @conforming
    Scenario: Without outsourced services the control is not expected and nothing is checked
      Given the organization's characteristics are:
        | outsourcedServices | false |
      And these suppliers:
        | id      | name      | providesService | cloudService |
        | SUP-CRM | CRM Cloud | true            | true         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.23

    @A.5.23 @nonconforming
    Scenario: Cloud services lacking an owner, their information, an agreement and an exit plan
      Given the organization's characteristics are:
        | outsourcedServices | true |
      And these suppliers:
        | id      | name      | providesService | cloudService | cloudServiceOwner | assetIds  |
        | SUP-CRM | CRM Cloud | true            | true         | P-CIO             | [AST-CRM] |
        | SUP-WIK | Wiki SaaS | true            | true         |                   |           |
      And these agreements:
        | id   | supplierId | covers     |
        | AG-1 | SUP-CRM    | [security] |
      When it is assessed on 2026-11-29
      Then the findings against A.5.23 are:
        | kind                | subject |
        | minor nonconformity | SUP-CRM |
        | minor nonconformity | SUP-WIK |
        | minor nonconformity | SUP-WIK |
        | minor nonconformity | SUP-WIK |
      And the finding against A.5.23 about SUP-CRM points at $.suppliers[0].exitPlan

    @A.5.23 @nonconforming
    Scenario: A selected control whose suppliers never say which are cloud services is a gap
      Given these SoA entries:
        | control | applicable | reason                 | status      |
        | A.5.23  | true       | we use SaaS everywhere | implemented |
      And these suppliers:
        | id      | name      | providesService |
        | SUP-CRM | CRM Cloud | true            |
      When it is assessed on 2026-11-29
      Then it has a gap against A.5.23 about $.suppliers

  Rule: A.5.30 - critical processes name their ICT services and objectives, and their recovery is tested and meets them

    @A.5.30 @conforming
    Scenario: A recently tested recovery that met its objective; a non-critical process needs nothing
      Given these business processes:
        | id       | name           | owner | critical | ictServices      | recoveryTimeObjectiveHours | ictRecoveryTestedOn | ictRecoveryTestHours |
        | PROC-ORD | Order handling | P-CIO | true     | [ERP, e-mail]    | 8                          | 2026-03-01          | 6                    |
        | PROC-MKT | Marketing      | P-CIO | false    |                  |                            |                     |                      |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.30

    @A.5.30 @nonconforming
    Scenario: Critical processes with no ICT services, no objective, no test, a late test and a missed objective
      Given these business processes:
        | id       | name       | owner | critical | ictServices | recoveryTimeObjectiveHours | ictRecoveryTestedOn | ictRecoveryTestHours |
        | PROC-A   | Orders     | P-CIO | true     |             |                            |                     |                      |
        | PROC-B   | Payroll    | P-CIO | true     | [HR system] |                            | 2026-05-01          |                      |
        | PROC-C   | Support    | P-CIO | true     | [Ticketing] | 4                          |                     |                      |
        | PROC-D   | Billing    | P-CIO | true     | [ERP]       | 4                          | 2025-06-01          | 3                    |
        | PROC-E   | Shipping   | P-CIO | true     | [WMS]       | 4                          | 2026-09-01          | 9                    |
      When it is assessed on 2026-11-29
      Then the findings against A.5.30 are:
        | kind                | subject |
        | gap                 | PROC-A  |
        | minor nonconformity | PROC-B  |
        | gap                 | PROC-C  |
        | minor nonconformity | PROC-D  |
        | minor nonconformity | PROC-E  |
      And the finding against A.5.30 about PROC-E points at $.businessProcesses[4].ictRecoveryTestHours

  Rule: A.7.4 - secure areas are monitored for unauthorized entry and their monitoring records reviewed

    @A.7.4 @conforming
    Scenario: Monitored secure areas whose records were reviewed recently
      Given the organization's characteristics are:
        | premises | true |
      And these secure areas:
        | id     | name        | entryControls  | monitoring     | monitoringReviewedOn |
        | SA-SRV | Server room | [badge reader] | [alarm, video] | 2026-10-01           |
      When it is assessed on 2026-11-29
      Then there is no finding against A.7.4

    @A.7.4 @conforming
    Scenario: Without premises of its own the control is not expected
      Given the organization's characteristics are:
        | premises | false |
      And these secure areas:
        | id     | name             | monitoring |
        | SA-COL | Co-location cage | []         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.7.4

    @A.7.4 @nonconforming
    Scenario: Areas not shown, not monitored, never reviewed and reviewed too long ago
      Given the organization's characteristics are:
        | premises | true |
      And these secure areas:
        | id      | name        | monitoring | monitoringReviewedOn |
        | SA-SRV  | Server room | [alarm]    | 2026-07-15           |
        | SA-ARCH | Archive     | []         |                      |
        | SA-HR   | HR files    |            |                      |
        | SA-LAB  | Lab         | [guard]    |                      |
      When it is assessed on 2026-11-29
      Then the findings against A.7.4 are:
        | kind                | subject |
        | minor nonconformity | SA-SRV  |
        | minor nonconformity | SA-ARCH |
        | gap                 | SA-HR   |
        | gap                 | SA-LAB  |
      And the finding against A.7.4 about SA-SRV points at $.secureAreas[0].monitoringReviewedOn

    @A.7.4 @nonconforming
    Scenario: Monitoring records left unreviewed for more than one further interval are a breakdown
      Given the organization's characteristics are:
        | premises | true |
      And these secure areas:
        | id     | name        | monitoring | monitoringReviewedOn |
        | SA-SRV | Server room | [video]    | 2026-05-01           |
      When it is assessed on 2026-11-29
      Then the only finding against A.7.4 is a major nonconformity about SA-SRV
      And the finding against A.7.4 about SA-SRV says "last reviewed on 2026-05-01"

  Rule: A.8.9 - servers, network devices and endpoints follow an approved baseline, and deviations are resolved

    @A.8.9 @conforming
    Scenario: Devices with their baselines, a corrected and an approved deviation
      Given these changes:
        | id    | kind     | description         | approvedBy | approvedOn |
        | CH-1  | operational | keep TLS 1.1 on FW  | P-CIO      | 2026-08-01 |
      And these assets:
        | id     | name      | type           | owner | configurationBaseline | configurationDeviation | configurationChangeId |
        | AST-S1 | Web       | server         | P-CIO | CIS Ubuntu L1         | corrected              |                       |
        | AST-FW | Firewall  | network-device | P-CIO | Vendor hardening v3   | accepted               | CH-1                  |
        | AST-L1 | Laptop    | endpoint       | P-DEV | CIS Windows 11 L1     | none                   |                       |
        | AST-DB | Customers | information    | P-CIO |                       |                        |                       |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.9

    @A.8.9 @nonconforming
    Scenario: A device without baseline, an open deviation and an accepted one without an approved change
      Given these changes:
        | id   | kind        | description        | approvedBy |
        | CH-1 | operational | firewall rule set  | P-CIO      |
      And these assets:
        | id     | name     | type           | owner | configurationBaseline | configurationDeviation |
        | AST-S1 | Web      | server         | P-CIO |                       |                        |
        | AST-FW | Firewall | network-device | P-CIO | Vendor hardening v3   | open                   |
        | AST-L1 | Laptop   | endpoint       | P-DEV | CIS Windows 11 L1     | accepted               |
      When it is assessed on 2026-11-29
      Then the findings against A.8.9 are:
        | kind                | subject |
        | gap                 | AST-S1  |
        | minor nonconformity | AST-FW  |
        | minor nonconformity | AST-L1  |
      And the finding against A.8.9 about AST-L1 points at $.assets[2].configurationChangeId

  Rule: A.8.10 - information is deleted when no longer required, with a dated record

    @A.8.10 @conforming
    Scenario: Retention periods stated, expired information deleted, disposals and ended services with their deletion records
      Given these assets:
        | id     | name         | type        | owner | retainUntil | deletedOn  | disposedOn |
        | AST-1  | Old invoices | information | P-CIO | 2025-12-31  | 2026-01-15 |            |
        | AST-2  | Customers    | information | P-CIO | 2030-12-31  |            |            |
        | AST-3  | Old NAS      | server      | P-CIO |             | 2026-02-01 | 2026-02-03 |
      And these suppliers:
        | id      | name         | serviceEndedOn | deletionConfirmedOn |
        | SUP-OLD | Old payroll  | 2026-03-31     | 2026-04-20          |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.10

    @A.8.10 @nonconforming
    Scenario: Expired information kept, a disposal and an ended service without deletion records
      Given these assets:
        | id     | name         | type        | owner | retainUntil | disposedOn |
        | AST-1  | Old invoices | information | P-CIO | 2025-12-31  |            |
        | AST-3  | Old NAS      | server      | P-CIO |             | 2026-02-03 |
      And these suppliers:
        | id      | name        | serviceEndedOn |
        | SUP-OLD | Old payroll | 2026-03-31     |
        | SUP-NEW | New payroll | 2027-03-31     |
      When it is assessed on 2026-11-29
      Then the findings against A.8.10 are:
        | kind                | subject |
        | minor nonconformity | AST-1   |
        | minor nonconformity | AST-3   |
        | minor nonconformity | SUP-OLD |
      And the finding against A.8.10 about AST-1 points at $.assets[0].retainUntil

    @A.8.10 @nonconforming
    Scenario: An inventory stating no retention period at all is a gap
      Given these assets:
        | id    | name      | type        | owner |
        | AST-2 | Customers | information | P-CIO |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.10 is a gap about $.assets

  Rule: A.8.11 - personal data copied to development or test environments is masked or its use approved

    @A.8.11 @conforming
    Scenario: Test data masked, not copied, or copied unmasked with an approved exception
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name      | testData      | testDataExceptionApprovedBy |
        | PA-1  | Customers | pseudonymized |                             |
        | PA-2  | Payroll   | not-copied    |                             |
        | PA-3  | Support   | unmasked      | P-CIO                       |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.11

    @A.8.11 @nonconforming
    Scenario: Personal data copied unmasked without approval, and an activity that does not say
      Given the organization's characteristics are:
        | personalData | true |
      And these processing activities:
        | id    | name      | testData |
        | PA-1  | Customers | unmasked |
        | PA-2  | Payroll   |          |
      When it is assessed on 2026-11-29
      Then the findings against A.8.11 are:
        | kind                | subject |
        | minor nonconformity | PA-1    |
        | gap                 | PA-2    |
      And the finding against A.8.11 about PA-1 points at $.processingActivities[0].testData

  Rule: A.8.12 - assets with confidential information are covered by leakage prevention, whose alerts are reviewed

    @A.8.12 @conforming
    Scenario: Confidential assets covered and the alerts reviewed recently; public information needs nothing
      Given these assets:
        | id    | name      | type        | owner | classification | leakagePrevention |
        | AST-1 | Customers | information | P-CIO | confidential   | [email, cloud]    |
        | AST-2 | Brochure  | information | P-CIO | public         |                   |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-1 | control-operation | 2026-10-20  | [A.8.12]   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.12

    @A.8.12 @nonconforming
    Scenario: Confidential assets not shown or not covered, and alerts last reviewed too long ago
      Given these assets:
        | id    | name      | type        | owner | classification | leakagePrevention |
        | AST-1 | Customers | information | P-CIO | confidential   |                   |
        | AST-2 | Payroll   | information | P-CIO | restricted     | []                |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-1 | control-operation | 2026-03-20  | [A.8.12]   |
        | ACT-2 | control-operation | 2026-06-20  | [A.8.12]   |
      When it is assessed on 2026-11-29
      Then the findings against A.8.12 are:
        | kind                | subject |
        | gap                 | AST-1   |
        | minor nonconformity | AST-2   |
        | minor nonconformity | ACT-2   |

    @A.8.12 @nonconforming
    Scenario: No record of any review of leakage alerts is a gap
      Given these assets:
        | id    | name      | type        | owner | classification | leakagePrevention |
        | AST-1 | Customers | information | P-CIO | confidential   | [endpoint]        |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-9 | control-operation | 2026-11-01  | [A.5.15]   |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.12 is a gap about $.activities

  Rule: A.8.16 - critical networks, systems and applications are monitored for anomalous behaviour and the results reviewed

    @A.8.16 @conforming
    Scenario: Critical assets monitored and the results reviewed recently
      Given these assets:
        | id    | name     | type    | owner | critical | monitored |
        | AST-1 | ERP      | server  | P-CIO | true     | true      |
        | AST-2 | Intranet | server  | P-CIO | false    |           |
      And these activities:
        | id    | kind        | performedOn | controlIds |
        | ACT-1 | log-review  | 2026-11-01  | [A.8.16]   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.16

    @A.8.16 @nonconforming
    Scenario: A critical asset not monitored, one not shown, and results last reviewed too long ago
      Given these assets:
        | id    | name | type    | owner | critical | monitored |
        | AST-1 | ERP  | server  | P-CIO | true     | false     |
        | AST-2 | CRM  | service | P-CIO | true     |           |
      And these activities:
        | id    | kind       | performedOn | controlIds |
        | ACT-1 | log-review | 2026-07-20  | [A.8.16]   |
      When it is assessed on 2026-11-29
      Then the findings against A.8.16 are:
        | kind                | subject |
        | minor nonconformity | AST-1   |
        | gap                 | AST-2   |
        | minor nonconformity | ACT-1   |

    @A.8.16 @nonconforming
    Scenario: No record of any review of monitoring results is a gap
      Given these assets:
        | id    | name | type   | owner | critical | monitored |
        | AST-1 | ERP  | server | P-CIO | true     | true      |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-9 | control-operation | 2026-11-01  | [A.5.15]   |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.16 is a gap about $.activities

  Rule: A.8.23 - web access from endpoints is filtered and the filtering rules are reviewed

    @A.8.23 @conforming
    Scenario: Filtered endpoints and a review of the rules within the year
      Given these assets:
        | id    | name     | type     | owner | webFiltering |
        | AST-1 | Laptop 1 | endpoint | P-DEV | true         |
        | AST-2 | Web      | server   | P-CIO |              |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-1 | control-operation | 2026-02-01  | [A.8.23]   |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.23

    @A.8.23 @nonconforming
    Scenario: An unfiltered endpoint, one not shown, and the rules last reviewed over a year ago
      Given these assets:
        | id    | name     | type     | owner | webFiltering |
        | AST-1 | Laptop 1 | endpoint | P-DEV | false        |
        | AST-2 | Laptop 2 | endpoint | P-DEV |              |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-1 | control-operation | 2025-10-01  | [A.8.23]   |
      When it is assessed on 2026-11-29
      Then the findings against A.8.23 are:
        | kind                | subject |
        | minor nonconformity | AST-1   |
        | gap                 | AST-2   |
        | minor nonconformity | ACT-1   |

    @A.8.23 @nonconforming
    Scenario: No record of any review of the filtering rules is a gap
      Given these assets:
        | id    | name     | type     | owner | webFiltering |
        | AST-1 | Laptop 1 | endpoint | P-DEV | true         |
      And these activities:
        | id    | kind              | performedOn | controlIds |
        | ACT-9 | control-operation | 2026-11-01  | [A.5.15]   |
      When it is assessed on 2026-11-29
      Then the only finding against A.8.23 is a gap about $.activities

  Rule: A.8.28 - released in-house code was peer-reviewed or passed static analysis

    @A.8.28 @conforming
    Scenario: Released in-house changes reviewed; a vendor change and an unreleased one need nothing here
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these changes:
        | id   | kind     | description      | implementedOn | inHouseCode | codeReview      |
        | CH-1 | software | checkout rework  | 2026-09-01    | true        | peer-review     |
        | CH-2 | software | API hardening    | 2026-10-01    | true        | static-analysis |
        | CH-3 | software | vendor patch     | 2026-10-02    | false       |                 |
        | CH-4 | software | work in progress |               | true        |                 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.28

    @A.8.28 @conforming
    Scenario: Without software development of its own the control is not expected
      Given the organization's characteristics are:
        | softwareDevelopment | false |
      And these changes:
        | id   | kind     | description     | implementedOn | inHouseCode | codeReview |
        | CH-1 | software | checkout rework | 2026-09-01    | true        | none       |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.28

    @A.8.28 @nonconforming
    Scenario: Released in-house code without review, and a change that does not say
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these changes:
        | id   | kind     | description     | implementedOn | inHouseCode | codeReview |
        | CH-1 | software | checkout rework | 2026-09-01    | true        | none       |
        | CH-2 | software | API hardening   | 2026-10-01    | true        |            |
      When it is assessed on 2026-11-29
      Then the findings against A.8.28 are:
        | kind                | subject |
        | minor nonconformity | CH-1    |
        | gap                 | CH-2    |
      And the finding against A.8.28 about CH-1 points at $.changes[0].codeReview

    @A.8.28 @conforming
    Scenario: A control the Statement of Applicability excludes is judged on its exclusion, not on the changes
      Given the organization's characteristics are:
        | softwareDevelopment | true |
      And these SoA entries:
        | control | applicable | reason                                  |
        | A.8.28  | false      | all software is bought, none is written |
      And these changes:
        | id   | kind     | description     | implementedOn | inHouseCode | codeReview |
        | CH-1 | software | checkout rework | 2026-09-01    | true        | none       |
      When it is assessed on 2026-11-29
      Then there is no finding against A.8.28 about CH-1
