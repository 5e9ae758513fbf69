Feature: Clause 6.1 (2022) - planning from the context, risk criteria, treatment order and the comparison with Annex A
  An auditor follows each relevant issue of the context into the risk register, looks for the opportunities for
  improvement planning identified, checks the criteria and the consistency of the risk assessment, the order in
  which risks above the acceptance threshold are treated, and that the SoA was compared with every Annex A control.

  Rule: 6.1.1.a - the issues of the context are carried into risks and opportunities

    @6.1.1.a @conforming
    Scenario: Each relevant issue leads to a risk; an irrelevant one needs none
      Given these risks:
        | id   | threat                  |
        | R-1  | Supply-chain compromise |
      And these issues:
        | id      | kind     | description           | climateChange | relevant | reasoning            | riskIds |
        | ISS-1   | external | NIS2 supplier duties  |               | true     |                      | [R-1]   |
        | ISS-CLI | external | Climate change        | true          | false    | No exposed sites     |         |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.1.a

    @6.1.1.a @nonconforming
    Scenario: A relevant issue is carried into no risk
      Given these risks:
        | id  | threat                  |
        | R-1 | Supply-chain compromise |
      And these issues:
        | id    | kind     | description          | relevant | riskIds |
        | ISS-1 | external | NIS2 supplier duties | true     | [R-1]   |
        | ISS-2 | internal | Fast headcount growth |         |         |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.a is a minor nonconformity about ISS-2

  Rule: 6.1.1.c - planning identifies opportunities for improvement

    @6.1.1.c @conforming
    Scenario: Opportunities for improvement are recorded
      Given these improvements:
        | id    | source            | sourceId | description             |
        | IMP-1 | management-review | MR-2026  | Automate access reviews |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.1.c

    @6.1.1.c @10.1
    Scenario: The organization states it identified no opportunity: one finding, under 10.1
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      And the snapshot lists no improvements
      When it is assessed on 2026-11-29
      Then the only finding against 10.1 is a major nonconformity about $.improvements
      And there is no finding against 6.1.1.c

    @6.1.1.c @nonconforming
    Scenario: The snapshot does not list improvements
      Given these people:
        | id    | name        |
        | P-ISM | Alan Turing |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.1.c is a gap about $.improvements

  Rule: 6.1.2.a.2 and 6.1.2.b - the criteria for assessing risks, applied consistently

    @6.1.2.a.2 @6.1.2.b @conforming
    Scenario: A policy setting the criteria and a methodology whose formula every risk follows
      Given the policy is:
        | id                  | POL-1 |
        | definesRiskCriteria | true  |
      And the risk methodology is:
        | id                  | RM-1     |
        | impactScale.min     | 1        |
        | impactScale.max     | 5        |
        | likelihoodScale.min | 1        |
        | likelihoodScale.max | 5        |
        | levelFormula        | product  |
        | acceptanceThreshold | 8        |
      And these risks:
        | id  | threat     | impact | likelihood | level | treatmentPriority |
        | R-1 | Ransomware | 4      | 3          | 12    | 1                 |
        | R-2 | Theft      | 2      | 2          | 4     |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.a.2
      And there is no finding against 6.1.2.b

  Rule: 6.1.2.e.2 - the risks above the acceptance threshold are prioritized for treatment

    @6.1.2.e.2 @conforming
    Scenario: Every unacceptable risk has its place in the order of treatment
      Given the risk methodology is:
        | id                  | RM-1     |
        | impactScale.min     | 1        |
        | impactScale.max     | 5        |
        | likelihoodScale.min | 1        |
        | likelihoodScale.max | 5        |
        | levelFormula        | product  |
        | acceptanceThreshold | 8        |
      And these risks:
        | id  | threat     | impact | likelihood | level | treatmentPriority |
        | R-1 | Ransomware | 4      | 3          | 12    | 2                 |
        | R-2 | Phishing   | 5      | 4          | 20    | 1                 |
        | R-3 | Theft      | 2      | 2          | 4     |                   |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.2.e.2

    @6.1.2.e.2 @nonconforming
    Scenario: An unacceptable risk is not ranked, even though its recorded level hides it
      Given the risk methodology is:
        | id                  | RM-1     |
        | impactScale.min     | 1        |
        | impactScale.max     | 5        |
        | likelihoodScale.min | 1        |
        | likelihoodScale.max | 5        |
        | levelFormula        | product  |
        | acceptanceThreshold | 8        |
      And these risks:
        | id  | threat     | impact | likelihood | level | treatmentPriority |
        | R-1 | Ransomware | 4      | 3          | 6     |                   |
        | R-2 | Phishing   | 5      | 4          | 20    | 1                 |
        | R-3 | Theft      | 2      | 2          | 4     |                   |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.2.e.2 is a gap about R-1
      And the finding against 6.1.2.e.2 about R-1 says "level 12"

  Rule: 6.1.3.c - the controls are compared with Annex A

    @6.1.3.c @conforming
    Scenario: The SoA decides on every Annex A control
      Given the statement of applicability lists every Annex A control as selected because "Risk R-1 and customer contracts"
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.c

    @6.1.3.c @nonconforming
    Scenario: The SoA leaves out Annex A controls
      Given these SoA entries:
        | control | applicable | reason             | status      |
        | A.5.1   | true       | Customer contracts | implemented |
        | A.5.2   | true       | Customer contracts | implemented |
      When it is assessed on 2026-11-29
      Then the findings against 6.1.3.c number 91
      And it has a minor nonconformity against 6.1.3.c about A.8.34

  Rule: 6.1.3.documented - the risk treatment process is documented

    @6.1.3.documented @conforming
    Scenario: The risk treatment plan is an issued document
      Given these documents:
        | id     | title               | type                | status |
        | DOC-TP | Risk treatment plan | risk-treatment-plan | issued |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.documented
