Feature: Annex A.14 - business continuity: disruptive events, continuity plans and their tests

  Background:
    Given these people:
      | id    | name         | jobTitle       |
      | P-COO | Ada Lovelace | COO            |
      | P-OPS | Grace Hopper | Head of IT     |

  Rule: A.14.1.2 - events that could interrupt business processes are identified with their security impact

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |

    @A.14.1.2 @conforming
    Scenario: The critical processes list their disruptive events and security impact
      Given the events that could interrupt business process PROC-ORD are:
        | event                     | securityImpact                                        |
        | Loss of the data centre   | Fail-over keys must be available at the backup site   |
        | Ransomware on the servers | Integrity of restored orders, evidence preservation   |
      And the events that could interrupt business process PROC-PAY are:
        | event                      | securityImpact                                  |
        | Payroll provider goes down | Salary data sent by e-mail must stay encrypted  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.14.1.2

    @A.14.1.2 @nonconforming
    Scenario: A critical process with no events, and events without their security impact
      Given the events that could interrupt business process PROC-ORD are:
        | event                     | securityImpact                                      |
        | Loss of the data centre   | Fail-over keys must be available at the backup site |
        | Ransomware on the servers |                                                     |
        | Key staff unavailable     | ""                                                  |
      And the events that could interrupt business process PROC-MKT are:
        | event                   | securityImpact                    |
        | Web agency goes bankrupt | Agency keeps our CMS credentials |
      When it is assessed on 2026-11-29
      Then the findings against A.14.1.2 are:
        | kind                | subject  |
        | minor nonconformity | PROC-ORD |
        | minor nonconformity | PROC-PAY |
      And the finding against A.14.1.2 about PROC-PAY points at $.businessProcesses[1].continuityEvents

    @A.14.1.2 @nonconforming
    Scenario: No disruptive event identified for any process is one major nonconformity
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.2 is a major nonconformity about $.businessProcesses

  Rule: A.14.1.2 - the business processes are shown

    @A.14.1.2 @nonconforming
    Scenario: No business processes in the snapshot is a gap for continuity risk assessment
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.2 is a gap about $.businessProcesses

    @A.14.1.2 @nonconforming
    Scenario: An empty list of business processes identifies no disruptive event
      Given the snapshot lists no business processes
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.2 is a major nonconformity about $.businessProcesses

  Rule: A.14.1.3 - every critical process is covered by a continuity plan that includes information security

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |

    @A.14.1.3 @conforming
    Scenario: Both critical processes covered by plans that include security; marketing needs none
      Given these continuity plans:
        | id    | name           | processIds           | owner | includesSecurity |
        | BCP-1 | Operations BCP | [PROC-ORD]           | P-COO | true             |
        | BCP-2 | IT DR plan     | [PROC-ORD, PROC-PAY] | P-OPS | true             |
      When it is assessed on 2026-11-29
      Then there is no finding against A.14.1.3

    @A.14.1.3 @nonconforming
    Scenario: Payroll has no plan and a plan leaves out information security
      Given these continuity plans:
        | id    | name           | processIds            | owner | includesSecurity |
        | BCP-1 | Operations BCP | [PROC-ORD, PROC-MKT]  | P-COO | false            |
        | BCP-2 | IT DR plan     | [PROC-ORD]            | P-OPS | true             |
      When it is assessed on 2026-11-29
      Then the findings against A.14.1.3 are:
        | kind                | subject  |
        | minor nonconformity | PROC-PAY |
        | minor nonconformity | BCP-1    |
      And the finding against A.14.1.3 about BCP-1 points at $.continuityPlans[0].includesSecurity

    @A.14.1.3 @nonconforming
    Scenario: No continuity plan at all is one major nonconformity, not one per process
      Given the snapshot lists no continuity plans
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.3 is a major nonconformity about $.continuityPlans

    @A.14.1.3 @nonconforming
    Scenario: No continuity plans in the snapshot is a gap
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.3 is a gap about $.continuityPlans

  Rule: A.14.1.5 - continuity plans are tested at planned intervals and work

    Background:
      Given these business processes:
        | id       | name           | owner | critical |
        | PROC-ORD | Order handling | P-COO | true     |
        | PROC-PAY | Payroll        | P-COO | true     |
        | PROC-MKT | Marketing      | P-COO | false    |

    @A.14.1.5 @conforming
    Scenario: Plans tested successfully within the interval in force or their own
      Given these continuity plans:
        | id    | name           | processIds | owner | testIntervalMonths | lastTestedOn | lastTestResult |
        | BCP-1 | Operations BCP | [PROC-ORD] | P-COO |                    | 2026-02-10   | passed         |
        | BCP-2 | IT DR plan     | [PROC-PAY] | P-OPS | 24                 | 2025-03-01   | passed         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.14.1.5

    @A.14.1.5 @nonconforming
    Scenario Outline: A plan <how>
      Given these continuity plans:
        | id    | name           | processIds | owner | testIntervalMonths   | lastTestedOn   | lastTestResult   |
        | BCP-1 | Operations BCP | [PROC-ORD] | P-COO | <testIntervalMonths> | <lastTestedOn> | <lastTestResult> |
        | BCP-2 | IT DR plan     | [PROC-PAY] | P-OPS |                      | 2026-06-01     | passed           |
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.5 is a <kind> about BCP-1
      And the finding against A.14.1.5 about BCP-1 points at $.continuityPlans[0].<field>

      Examples: tested too long ago
        | how                                        | testIntervalMonths | lastTestedOn | lastTestResult | kind                | field          |
        | last tested 13 months ago                  |                    | 2025-10-20   | passed         | minor nonconformity | lastTestedOn   |
        | past its own 6-month interval              | 6                  | 2026-04-20   | passed         | minor nonconformity | lastTestedOn   |
        | partly passed, then not re-tested in time  |                    | 2025-10-20   | partial        | minor nonconformity | lastTestedOn   |

      Examples: a test that did not show the plan works
        | how                                        | testIntervalMonths | lastTestedOn | lastTestResult | kind                | field          |
        | whose last test failed                     |                    | 2026-06-01   | failed         | minor nonconformity | lastTestResult |
        | whose old last test failed                 |                    | 2024-06-01   | failed         | minor nonconformity | lastTestResult |
        | whose recent last test only partly passed  |                    | 2026-06-01   | partial        | observation         | lastTestResult |

      Examples: never tested
        | how                                        | testIntervalMonths | lastTestedOn | lastTestResult | kind                | field          |
        | that shows no test                         |                    |              |                | gap                 | lastTestedOn   |

    @A.14.1.5 @nonconforming
    Scenario: No continuity plans in the snapshot is a gap for testing
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.5 is a gap about $.continuityPlans

    @A.14.1.5 @nonconforming
    Scenario: A plan the organization states was never tested (format 1.1)
      Given these continuity plans:
        | id    | name           | processIds | owner | lastTestedOn | lastTestResult |
        | BCP-1 | Operations BCP | [PROC-ORD] | P-COO | never        |                |
        | BCP-2 | IT DR plan     | [PROC-PAY] | P-OPS | 2026-06-01   | passed         |
      When it is assessed on 2026-11-29
      Then the only finding against A.14.1.5 is a minor nonconformity about BCP-1
      And the finding against A.14.1.5 about BCP-1 says "has never been tested"
