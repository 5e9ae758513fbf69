Feature: Clause 6.2 (2022) - information security objectives and planning to achieve them
  An auditor reads each objective as a plan: measurable, tied to risks or requirements, monitored through a metric,
  communicated, documented, and saying what will be done, with which resources, by whom, by when and how its
  results will be evaluated (format 1.2 fields of the objective).

  Background:
    Given these people:
      | id    | name         | jobTitle      | leftOn     |
      | P-ISM | Alan Turing  | Security lead |            |
      | P-OLD | Grace Hopper | Former COO    | 2026-05-31 |
    And these risks:
      | id  | threat     |
      | R-1 | Ransomware |
    And these metrics:
      | id    | name                        |
      | MET-1 | Critical patches in 14 days |

  Rule: 6.2.b to 6.2.l - each objective is a complete plan

    @6.2.b @6.2.c @6.2.d @6.2.e @6.2.h @6.2.i @6.2.j @6.2.k @6.2.l @conforming
    Scenario: A complete objective
      Given these objectives:
        | id    | description                | owner | targetDate | measure             | riskIds | metricId | communicatedOn | actions                    | resources             | evaluation                          |
        | OBJ-1 | Patch critical flaws fast  | P-ISM | 2027-06-30 | 95% within 14 days  | [R-1]   | MET-1    | 2026-02-10     | Automated patch management | Two days a month, RMM | Quarterly, at the management review |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.b
      And there is no finding against 6.2.c
      And there is no finding against 6.2.d
      And there is no finding against 6.2.e
      And there is no finding against 6.2.h
      And there is no finding against 6.2.i
      And there is no finding against 6.2.j
      And there is no finding against 6.2.k
      And there is no finding against 6.2.l

    @6.2.b @6.2.c @6.2.d @6.2.e @6.2.h @6.2.i @6.2.l @nonconforming
    Scenario: An objective of format 1.1 that states only its owner and target date
      Given these objectives:
        | id    | description               | owner | targetDate | measure            | riskIds | metricId | communicatedOn | actions | resources | evaluation |
        | OBJ-1 | Patch critical flaws fast | P-ISM | 2027-06-30 | 95% within 14 days | [R-1]   | MET-1    | 2026-02-10     | Patch   | RMM       | Quarterly  |
        | OBJ-2 | Everyone trained          | P-ISM | 2027-03-31 |                    |         |          |                |         |           |            |
      When it is assessed on 2026-11-29
      # The measure is a field since format 1.0: its absence is a lapse. The planning fields came with format 1.2:
      # a snapshot without them does not hold the evidence, a gap, never a nonconformity built on absent data.
      Then the only finding against 6.2.b is a minor nonconformity about OBJ-2
      And the only finding against 6.2.c is a gap about OBJ-2
      And the only finding against 6.2.d is a gap about OBJ-2
      And the only finding against 6.2.e is a gap about OBJ-2
      And the only finding against 6.2.h is a gap about OBJ-2
      And the only finding against 6.2.i is a gap about OBJ-2
      And the only finding against 6.2.l is a gap about OBJ-2
      And the finding against 6.2.d about OBJ-2 points at $.objectives[1].metricId

    @6.2.c @conforming
    Scenario: An objective answering a legal requirement rather than a risk
      Given these legal requirements:
        | id     | title |
        | LR-GDPR | GDPR |
      And these objectives:
        | id    | description         | requirementIds |
        | OBJ-1 | Records of processing complete | [LR-GDPR] |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.c

    @6.2.j @6.2.k @nonconforming
    Scenario: Objectives without an owner, without a target date, or owned by someone who left
      Given these objectives:
        | id    | description                         | owner  | targetDate |
        | OBJ-1 | Patch critical vulnerabilities fast | P-ISM  | 2027-06-30 |
        | OBJ-2 | Everyone trained on phishing        |        | 2027-03-31 |
        | OBJ-3 | Restore tests for every backup      | P-ISM  |            |
        | OBJ-4 | Register all processing activities  | P-OLD  | 2027-01-31 |
      When it is assessed on 2026-11-29
      Then the findings against 6.2.j are:
        | kind                | subject |
        | minor nonconformity | OBJ-2   |
        | minor nonconformity | OBJ-4   |
      And the only finding against 6.2.k is a minor nonconformity about OBJ-3
      And the finding against 6.2.j about OBJ-4 points at $.people[1].leftOn

  Rule: 6.2.g - the objectives are documented

    @6.2.g @conforming
    Scenario: The objectives are an issued document
      Given these documents:
        | id      | title                          | type       | status |
        | DOC-OBJ | Information security objectives | objectives | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.2.g
