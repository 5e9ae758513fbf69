Feature: Annex A - which controls are expected, and the Statement of Applicability control by control
  A control is expected of the organization when the catalogue expects it of every organization, when the
  organization has the characteristic the catalogue names for it, or when a risk is treated by applying it.
  The Statement of Applicability does not exclude an expected control; a selected control that is not yet
  implemented has a treatment plan item with an owner and a due date; an implemented control has an owner
  and a measure of its effectiveness. Each finding is against the control concerned. Missing entries,
  reasons, statuses and justifications are clause 6.1.3 d) findings and are not repeated here.

  Background:
    Given these people:
      | id     | name         | jobTitle    | management |
      | P-CISO | Ada Lovelace | CISO        | true       |
      | P-OPS  | Grace Hopper | Head of Ops | false      |
    And these assets:
      | id     | name        | type        | owner |
      | AST-DB | Customer DB | information | P-OPS |

  Rule: An expected control is not excluded

  Rule: A selected control that is not yet implemented is planned in the risk treatment plan, with an owner and a due date

    @A.8.15 @conforming
    Scenario: Without a treatment plan in the snapshot, unimplemented controls are not reported one by one
      # The missing treatment plan is the root cause, reported once by the treatment plan checks.
      Given these SoA entries:
        | control   | applicable | reason         | status  |
        | A.8.15 | true       | Always applies | partial |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.8.15

  Rule: An implemented control has an owner and an effectiveness measure

    @A.5.2 @A.5.4 @A.6.4 @nonconforming
    Scenario: Implemented controls without owner, without effectiveness measure, without either
      Given these SoA entries:
        | control | applicable | reason         | status      | owner  | effectivenessMeasure          |
        | A.6.3 | true       | Always applies | implemented | P-CISO | "Share of staff trained"      |
        | A.5.4 | true       | Always applies | implemented |        | "Policy acknowledgements"     |
        | A.6.4 | true       | Always applies | implemented | P-CISO |                               |
        | A.5.2 | true       | Always applies | implemented |        |                               |
        | A.6.5 | true       | Always applies | planned     |        |                               |
      And these treatment plan items:
        | id   | controlIds | action                 | owner | dueOn      | status |
        | TP-1 | [A.6.5]  | Leaver checklist       | P-OPS | 2027-03-31 | open   |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.6.3
      And the Statement of Applicability raises only a minor nonconformity against A.5.4, naming "has no owner"
      And the finding against A.5.4 about A.5.4 points at $.statementOfApplicability.entries[1].owner
      And the Statement of Applicability raises only a minor nonconformity against A.6.4, naming "has no effectiveness measure"
      And the Statement of Applicability raises only a minor nonconformity against A.5.2, naming "has no owner and no effectiveness measure"
      And the Statement of Applicability raises no finding against A.6.5

  Rule: Every result carries the computed Statement of Applicability

  Rule: Each of the 93 controls - expected of every organization or from a characteristic, selected or excluded

    Scenario Outline: <control>, expected of every organization, is selected, implemented, owned and measured
      Given these SoA entries:
        | control   | applicable | reason         | status      | owner  | effectivenessMeasure     |
        | <control> | true       | Always applies | implemented | P-CISO | "Reviewed at each audit" |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "always"
      And the Statement of Applicability raises no finding against <control>

    @A.5.1 @conforming
    Examples: A.5.1 Policies for information security
      | control |
      | A.5.1 |

    @A.5.2 @conforming
    Examples: A.5.2 Information security roles and responsibilities
      | control |
      | A.5.2 |

    @A.5.3 @conforming
    Examples: A.5.3 Segregation of duties
      | control |
      | A.5.3 |

    @A.5.4 @conforming
    Examples: A.5.4 Management responsibilities
      | control |
      | A.5.4 |

    @A.5.5 @conforming
    Examples: A.5.5 Contact with authorities
      | control |
      | A.5.5 |

    @A.5.6 @conforming
    Examples: A.5.6 Contact with special interest groups
      | control |
      | A.5.6 |

    @A.5.7 @conforming
    Examples: A.5.7 Threat intelligence
      | control |
      | A.5.7 |

    @A.5.8 @conforming
    Examples: A.5.8 Information security in project management
      | control |
      | A.5.8 |

    @A.5.9 @conforming
    Examples: A.5.9 Inventory of information and other associated assets
      | control |
      | A.5.9 |

    @A.5.10 @conforming
    Examples: A.5.10 Acceptable use of information and other associated assets
      | control |
      | A.5.10 |

    @A.5.11 @conforming
    Examples: A.5.11 Return of assets
      | control |
      | A.5.11 |

    @A.5.12 @conforming
    Examples: A.5.12 Classification of information
      | control |
      | A.5.12 |

    @A.5.13 @conforming
    Examples: A.5.13 Labelling of information
      | control |
      | A.5.13 |

    @A.5.14 @conforming
    Examples: A.5.14 Information transfer
      | control |
      | A.5.14 |

    @A.5.15 @conforming
    Examples: A.5.15 Access control
      | control |
      | A.5.15 |

    @A.5.16 @conforming
    Examples: A.5.16 Identity management
      | control |
      | A.5.16 |

    @A.5.17 @conforming
    Examples: A.5.17 Authentication information
      | control |
      | A.5.17 |

    @A.5.18 @conforming
    Examples: A.5.18 Access rights
      | control |
      | A.5.18 |

    @A.5.24 @conforming
    Examples: A.5.24 Information security incident management planning and preparation
      | control |
      | A.5.24 |

    @A.5.25 @conforming
    Examples: A.5.25 Assessment and decision on information security events
      | control |
      | A.5.25 |

    @A.5.26 @conforming
    Examples: A.5.26 Response to information security incidents
      | control |
      | A.5.26 |

    @A.5.27 @conforming
    Examples: A.5.27 Learning from information security incidents
      | control |
      | A.5.27 |

    @A.5.28 @conforming
    Examples: A.5.28 Collection of evidence
      | control |
      | A.5.28 |

    @A.5.29 @conforming
    Examples: A.5.29 Information security during disruption
      | control |
      | A.5.29 |

    @A.5.30 @conforming
    Examples: A.5.30 ICT readiness for business continuity
      | control |
      | A.5.30 |

    @A.5.31 @conforming
    Examples: A.5.31 Legal, statutory, regulatory and contractual requirements
      | control |
      | A.5.31 |

    @A.5.32 @conforming
    Examples: A.5.32 Intellectual property rights
      | control |
      | A.5.32 |

    @A.5.33 @conforming
    Examples: A.5.33 Protection of records
      | control |
      | A.5.33 |

    @A.5.35 @conforming
    Examples: A.5.35 Independent review of information security
      | control |
      | A.5.35 |

    @A.5.36 @conforming
    Examples: A.5.36 Compliance with policies, rules and standards for information security
      | control |
      | A.5.36 |

    @A.5.37 @conforming
    Examples: A.5.37 Documented operating procedures
      | control |
      | A.5.37 |

    @A.6.1 @conforming
    Examples: A.6.1 Screening
      | control |
      | A.6.1 |

    @A.6.2 @conforming
    Examples: A.6.2 Terms and conditions of employment
      | control |
      | A.6.2 |

    @A.6.3 @conforming
    Examples: A.6.3 Information security awareness, education and training
      | control |
      | A.6.3 |

    @A.6.4 @conforming
    Examples: A.6.4 Disciplinary process
      | control |
      | A.6.4 |

    @A.6.5 @conforming
    Examples: A.6.5 Responsibilities after termination or change of employment
      | control |
      | A.6.5 |

    @A.6.6 @conforming
    Examples: A.6.6 Confidentiality or non-disclosure agreements
      | control |
      | A.6.6 |

    @A.6.8 @conforming
    Examples: A.6.8 Information security event reporting
      | control |
      | A.6.8 |

    @A.7.7 @conforming
    Examples: A.7.7 Clear desk and clear screen
      | control |
      | A.7.7 |

    @A.7.8 @conforming
    Examples: A.7.8 Equipment siting and protection
      | control |
      | A.7.8 |

    @A.7.13 @conforming
    Examples: A.7.13 Equipment maintenance
      | control |
      | A.7.13 |

    @A.7.14 @conforming
    Examples: A.7.14 Secure disposal or re-use of equipment
      | control |
      | A.7.14 |

    @A.8.1 @conforming
    Examples: A.8.1 User endpoint devices
      | control |
      | A.8.1 |

    @A.8.2 @conforming
    Examples: A.8.2 Privileged access rights
      | control |
      | A.8.2 |

    @A.8.3 @conforming
    Examples: A.8.3 Information access restriction
      | control |
      | A.8.3 |

    @A.8.5 @conforming
    Examples: A.8.5 Secure authentication
      | control |
      | A.8.5 |

    @A.8.6 @conforming
    Examples: A.8.6 Capacity management
      | control |
      | A.8.6 |

    @A.8.7 @conforming
    Examples: A.8.7 Protection against malware
      | control |
      | A.8.7 |

    @A.8.8 @conforming
    Examples: A.8.8 Management of technical vulnerabilities
      | control |
      | A.8.8 |

    @A.8.9 @conforming
    Examples: A.8.9 Configuration management
      | control |
      | A.8.9 |

    @A.8.10 @conforming
    Examples: A.8.10 Information deletion
      | control |
      | A.8.10 |

    @A.8.12 @conforming
    Examples: A.8.12 Data leakage prevention
      | control |
      | A.8.12 |

    @A.8.13 @conforming
    Examples: A.8.13 Information backup
      | control |
      | A.8.13 |

    @A.8.14 @conforming
    Examples: A.8.14 Redundancy of information processing facilities
      | control |
      | A.8.14 |

    @A.8.15 @conforming
    Examples: A.8.15 Logging
      | control |
      | A.8.15 |

    @A.8.16 @conforming
    Examples: A.8.16 Monitoring activities
      | control |
      | A.8.16 |

    @A.8.17 @conforming
    Examples: A.8.17 Clock synchronization
      | control |
      | A.8.17 |

    @A.8.18 @conforming
    Examples: A.8.18 Use of privileged utility programs
      | control |
      | A.8.18 |

    @A.8.19 @conforming
    Examples: A.8.19 Installation of software on operational systems
      | control |
      | A.8.19 |

    @A.8.23 @conforming
    Examples: A.8.23 Web filtering
      | control |
      | A.8.23 |

    @A.8.24 @conforming
    Examples: A.8.24 Use of cryptography
      | control |
      | A.8.24 |

    @A.8.26 @conforming
    Examples: A.8.26 Application security requirements
      | control |
      | A.8.26 |

    @A.8.32 @conforming
    Examples: A.8.32 Change management
      | control |
      | A.8.32 |

    @A.8.34 @conforming
    Examples: A.8.34 Protection of information systems during audit testing
      | control |
      | A.8.34 |

    Scenario Outline: <control>, expected of every organization, is excluded
      Given the organization's characteristics are:
        | teleworking | false |
      And these SoA entries:
        | control   | applicable | justification                    |
        | <control> | false      | Not relevant to our business     |
        | A.6.7     | false      | Nobody works away from the office |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "always"
      And the Statement of Applicability raises only a minor nonconformity against <control>, naming "always"
      And the Statement of Applicability raises no finding against A.6.7

    @A.5.1 @nonconforming
    Examples: A.5.1 Policies for information security
      | control |
      | A.5.1 |

    @A.5.2 @nonconforming
    Examples: A.5.2 Information security roles and responsibilities
      | control |
      | A.5.2 |

    @A.5.3 @nonconforming
    Examples: A.5.3 Segregation of duties
      | control |
      | A.5.3 |

    @A.5.4 @nonconforming
    Examples: A.5.4 Management responsibilities
      | control |
      | A.5.4 |

    @A.5.5 @nonconforming
    Examples: A.5.5 Contact with authorities
      | control |
      | A.5.5 |

    @A.5.6 @nonconforming
    Examples: A.5.6 Contact with special interest groups
      | control |
      | A.5.6 |

    @A.5.7 @nonconforming
    Examples: A.5.7 Threat intelligence
      | control |
      | A.5.7 |

    @A.5.8 @nonconforming
    Examples: A.5.8 Information security in project management
      | control |
      | A.5.8 |

    @A.5.9 @nonconforming
    Examples: A.5.9 Inventory of information and other associated assets
      | control |
      | A.5.9 |

    @A.5.10 @nonconforming
    Examples: A.5.10 Acceptable use of information and other associated assets
      | control |
      | A.5.10 |

    @A.5.11 @nonconforming
    Examples: A.5.11 Return of assets
      | control |
      | A.5.11 |

    @A.5.12 @nonconforming
    Examples: A.5.12 Classification of information
      | control |
      | A.5.12 |

    @A.5.13 @nonconforming
    Examples: A.5.13 Labelling of information
      | control |
      | A.5.13 |

    @A.5.14 @nonconforming
    Examples: A.5.14 Information transfer
      | control |
      | A.5.14 |

    @A.5.15 @nonconforming
    Examples: A.5.15 Access control
      | control |
      | A.5.15 |

    @A.5.16 @nonconforming
    Examples: A.5.16 Identity management
      | control |
      | A.5.16 |

    @A.5.17 @nonconforming
    Examples: A.5.17 Authentication information
      | control |
      | A.5.17 |

    @A.5.18 @nonconforming
    Examples: A.5.18 Access rights
      | control |
      | A.5.18 |

    @A.5.24 @nonconforming
    Examples: A.5.24 Information security incident management planning and preparation
      | control |
      | A.5.24 |

    @A.5.25 @nonconforming
    Examples: A.5.25 Assessment and decision on information security events
      | control |
      | A.5.25 |

    @A.5.26 @nonconforming
    Examples: A.5.26 Response to information security incidents
      | control |
      | A.5.26 |

    @A.5.27 @nonconforming
    Examples: A.5.27 Learning from information security incidents
      | control |
      | A.5.27 |

    @A.5.28 @nonconforming
    Examples: A.5.28 Collection of evidence
      | control |
      | A.5.28 |

    @A.5.29 @nonconforming
    Examples: A.5.29 Information security during disruption
      | control |
      | A.5.29 |

    @A.5.30 @nonconforming
    Examples: A.5.30 ICT readiness for business continuity
      | control |
      | A.5.30 |

    @A.5.31 @nonconforming
    Examples: A.5.31 Legal, statutory, regulatory and contractual requirements
      | control |
      | A.5.31 |

    @A.5.32 @nonconforming
    Examples: A.5.32 Intellectual property rights
      | control |
      | A.5.32 |

    @A.5.33 @nonconforming
    Examples: A.5.33 Protection of records
      | control |
      | A.5.33 |

    @A.5.35 @nonconforming
    Examples: A.5.35 Independent review of information security
      | control |
      | A.5.35 |

    @A.5.36 @nonconforming
    Examples: A.5.36 Compliance with policies, rules and standards for information security
      | control |
      | A.5.36 |

    @A.5.37 @nonconforming
    Examples: A.5.37 Documented operating procedures
      | control |
      | A.5.37 |

    @A.6.1 @nonconforming
    Examples: A.6.1 Screening
      | control |
      | A.6.1 |

    @A.6.2 @nonconforming
    Examples: A.6.2 Terms and conditions of employment
      | control |
      | A.6.2 |

    @A.6.3 @nonconforming
    Examples: A.6.3 Information security awareness, education and training
      | control |
      | A.6.3 |

    @A.6.4 @nonconforming
    Examples: A.6.4 Disciplinary process
      | control |
      | A.6.4 |

    @A.6.5 @nonconforming
    Examples: A.6.5 Responsibilities after termination or change of employment
      | control |
      | A.6.5 |

    @A.6.6 @nonconforming
    Examples: A.6.6 Confidentiality or non-disclosure agreements
      | control |
      | A.6.6 |

    @A.6.8 @nonconforming
    Examples: A.6.8 Information security event reporting
      | control |
      | A.6.8 |

    @A.7.7 @nonconforming
    Examples: A.7.7 Clear desk and clear screen
      | control |
      | A.7.7 |

    @A.7.8 @nonconforming
    Examples: A.7.8 Equipment siting and protection
      | control |
      | A.7.8 |

    @A.7.13 @nonconforming
    Examples: A.7.13 Equipment maintenance
      | control |
      | A.7.13 |

    @A.7.14 @nonconforming
    Examples: A.7.14 Secure disposal or re-use of equipment
      | control |
      | A.7.14 |

    @A.8.1 @nonconforming
    Examples: A.8.1 User endpoint devices
      | control |
      | A.8.1 |

    @A.8.2 @nonconforming
    Examples: A.8.2 Privileged access rights
      | control |
      | A.8.2 |

    @A.8.3 @nonconforming
    Examples: A.8.3 Information access restriction
      | control |
      | A.8.3 |

    @A.8.5 @nonconforming
    Examples: A.8.5 Secure authentication
      | control |
      | A.8.5 |

    @A.8.6 @nonconforming
    Examples: A.8.6 Capacity management
      | control |
      | A.8.6 |

    @A.8.7 @nonconforming
    Examples: A.8.7 Protection against malware
      | control |
      | A.8.7 |

    @A.8.8 @nonconforming
    Examples: A.8.8 Management of technical vulnerabilities
      | control |
      | A.8.8 |

    @A.8.9 @nonconforming
    Examples: A.8.9 Configuration management
      | control |
      | A.8.9 |

    @A.8.10 @nonconforming
    Examples: A.8.10 Information deletion
      | control |
      | A.8.10 |

    @A.8.12 @nonconforming
    Examples: A.8.12 Data leakage prevention
      | control |
      | A.8.12 |

    @A.8.13 @nonconforming
    Examples: A.8.13 Information backup
      | control |
      | A.8.13 |

    @A.8.14 @nonconforming
    Examples: A.8.14 Redundancy of information processing facilities
      | control |
      | A.8.14 |

    @A.8.15 @nonconforming
    Examples: A.8.15 Logging
      | control |
      | A.8.15 |

    @A.8.16 @nonconforming
    Examples: A.8.16 Monitoring activities
      | control |
      | A.8.16 |

    @A.8.17 @nonconforming
    Examples: A.8.17 Clock synchronization
      | control |
      | A.8.17 |

    @A.8.18 @nonconforming
    Examples: A.8.18 Use of privileged utility programs
      | control |
      | A.8.18 |

    @A.8.19 @nonconforming
    Examples: A.8.19 Installation of software on operational systems
      | control |
      | A.8.19 |

    @A.8.23 @nonconforming
    Examples: A.8.23 Web filtering
      | control |
      | A.8.23 |

    @A.8.24 @nonconforming
    Examples: A.8.24 Use of cryptography
      | control |
      | A.8.24 |

    @A.8.26 @nonconforming
    Examples: A.8.26 Application security requirements
      | control |
      | A.8.26 |

    @A.8.32 @nonconforming
    Examples: A.8.32 Change management
      | control |
      | A.8.32 |

    @A.8.34 @nonconforming
    Examples: A.8.34 Protection of information systems during audit testing
      | control |
      | A.8.34 |

    Scenario Outline: <control>, expected when the organization declares <characteristic>, is selected, implemented, owned and measured
      Given the organization's characteristics are:
        | <characteristic>      | true  |
        | <otherCharacteristic> | false |
      And these SoA entries:
        | control   | applicable | reason                      | status      | owner  | effectivenessMeasure     | justification              |
        | <control> | true       | Because of <characteristic> | implemented | P-CISO | "Reviewed at each audit" |                            |
        | <other>   | false      |                             |             |        |                          | Not part of our activities |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "<characteristic>"
      And the Statement of Applicability raises no finding against <control>
      And control <other> is not expected

    @A.5.19 @conforming
    Examples: A.5.19 Information security in supplier relationships
      | control | characteristic | other | otherCharacteristic |
      | A.5.19 | externalParties | A.5.21 | outsourcedServices |

    @A.5.20 @conforming
    Examples: A.5.20 Addressing information security within supplier agreements
      | control | characteristic | other | otherCharacteristic |
      | A.5.20 | externalParties | A.5.21 | outsourcedServices |

    @A.5.21 @conforming
    Examples: A.5.21 Managing information security in the ICT supply chain
      | control | characteristic | other | otherCharacteristic |
      | A.5.21 | outsourcedServices | A.5.19 | externalParties |

    @A.5.22 @conforming
    Examples: A.5.22 Monitoring, review and change management of supplier services
      | control | characteristic | other | otherCharacteristic |
      | A.5.22 | outsourcedServices | A.5.19 | externalParties |

    @A.5.23 @conforming
    Examples: A.5.23 Information security for use of cloud services
      | control | characteristic | other | otherCharacteristic |
      | A.5.23 | outsourcedServices | A.5.19 | externalParties |

    @A.5.34 @conforming
    Examples: A.5.34 Privacy and protection of personal data (PII)
      | control | characteristic | other | otherCharacteristic |
      | A.5.34 | personalData | A.5.19 | externalParties |

    @A.6.7 @conforming
    Examples: A.6.7 Remote working
      | control | characteristic | other | otherCharacteristic |
      | A.6.7 | teleworking | A.5.19 | externalParties |

    @A.7.1 @conforming
    Examples: A.7.1 Physical security perimeters
      | control | characteristic | other | otherCharacteristic |
      | A.7.1 | premises | A.5.19 | externalParties |

    @A.7.2 @conforming
    Examples: A.7.2 Physical entry
      | control | characteristic | other | otherCharacteristic |
      | A.7.2 | premises | A.5.19 | externalParties |

    @A.7.3 @conforming
    Examples: A.7.3 Securing offices, rooms and facilities
      | control | characteristic | other | otherCharacteristic |
      | A.7.3 | premises | A.5.19 | externalParties |

    @A.7.4 @conforming
    Examples: A.7.4 Physical security monitoring
      | control | characteristic | other | otherCharacteristic |
      | A.7.4 | premises | A.5.19 | externalParties |

    @A.7.5 @conforming
    Examples: A.7.5 Protecting against physical and environmental threats
      | control | characteristic | other | otherCharacteristic |
      | A.7.5 | premises | A.5.19 | externalParties |

    @A.7.6 @conforming
    Examples: A.7.6 Working in secure areas
      | control | characteristic | other | otherCharacteristic |
      | A.7.6 | premises | A.5.19 | externalParties |

    @A.7.9 @conforming
    Examples: A.7.9 Security of assets off-premises
      | control | characteristic | other | otherCharacteristic |
      | A.7.9 | equipmentOffPremises | A.5.19 | externalParties |

    @A.7.10 @conforming
    Examples: A.7.10 Storage media
      | control | characteristic | other | otherCharacteristic |
      | A.7.10 | removableMedia | A.5.19 | externalParties |

    @A.7.11 @conforming
    Examples: A.7.11 Supporting utilities
      | control | characteristic | other | otherCharacteristic |
      | A.7.11 | premises | A.5.19 | externalParties |

    @A.7.12 @conforming
    Examples: A.7.12 Cabling security
      | control | characteristic | other | otherCharacteristic |
      | A.7.12 | premises | A.5.19 | externalParties |

    @A.8.4 @conforming
    Examples: A.8.4 Access to source code
      | control | characteristic | other | otherCharacteristic |
      | A.8.4 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.11 @conforming
    Examples: A.8.11 Data masking
      | control | characteristic | other | otherCharacteristic |
      | A.8.11 | personalData | A.5.19 | externalParties |

    @A.8.20 @conforming
    Examples: A.8.20 Networks security
      | control | characteristic | other | otherCharacteristic |
      | A.8.20 | networks | A.5.19 | externalParties |

    @A.8.21 @conforming
    Examples: A.8.21 Security of network services
      | control | characteristic | other | otherCharacteristic |
      | A.8.21 | networks | A.5.19 | externalParties |

    @A.8.22 @conforming
    Examples: A.8.22 Segregation of networks
      | control | characteristic | other | otherCharacteristic |
      | A.8.22 | networks | A.5.19 | externalParties |

    @A.8.25 @conforming
    Examples: A.8.25 Secure development life cycle
      | control | characteristic | other | otherCharacteristic |
      | A.8.25 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.27 @conforming
    Examples: A.8.27 Secure system architecture and engineering principles
      | control | characteristic | other | otherCharacteristic |
      | A.8.27 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.28 @conforming
    Examples: A.8.28 Secure coding
      | control | characteristic | other | otherCharacteristic |
      | A.8.28 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.29 @conforming
    Examples: A.8.29 Security testing in development and acceptance
      | control | characteristic | other | otherCharacteristic |
      | A.8.29 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.30 @conforming
    Examples: A.8.30 Outsourced development
      | control | characteristic | other | otherCharacteristic |
      | A.8.30 | outsourcedDevelopment | A.5.19 | externalParties |

    @A.8.31 @conforming
    Examples: A.8.31 Separation of development, test and production environments
      | control | characteristic | other | otherCharacteristic |
      | A.8.31 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.33 @conforming
    Examples: A.8.33 Test information
      | control | characteristic | other | otherCharacteristic |
      | A.8.33 | softwareDevelopment | A.5.19 | externalParties |

    Scenario Outline: <control>, expected when the organization declares <characteristic>, is excluded
      Given the organization's characteristics are:
        | <characteristic>      | true  |
        | <otherCharacteristic> | false |
      And these SoA entries:
        | control   | applicable | justification              |
        | <control> | false      | Not part of our activities |
        | <other>   | false      | Not part of our activities |
      When it is assessed on 2026-11-29
      Then control <control> is expected because "<characteristic>"
      And the Statement of Applicability raises only a minor nonconformity against <control>, naming the characteristic <characteristic>
      And the Statement of Applicability raises no finding against <other>

    @A.5.19 @nonconforming
    Examples: A.5.19 Information security in supplier relationships
      | control | characteristic | other | otherCharacteristic |
      | A.5.19 | externalParties | A.5.21 | outsourcedServices |

    @A.5.20 @nonconforming
    Examples: A.5.20 Addressing information security within supplier agreements
      | control | characteristic | other | otherCharacteristic |
      | A.5.20 | externalParties | A.5.21 | outsourcedServices |

    @A.5.21 @nonconforming
    Examples: A.5.21 Managing information security in the ICT supply chain
      | control | characteristic | other | otherCharacteristic |
      | A.5.21 | outsourcedServices | A.5.19 | externalParties |

    @A.5.22 @nonconforming
    Examples: A.5.22 Monitoring, review and change management of supplier services
      | control | characteristic | other | otherCharacteristic |
      | A.5.22 | outsourcedServices | A.5.19 | externalParties |

    @A.5.23 @nonconforming
    Examples: A.5.23 Information security for use of cloud services
      | control | characteristic | other | otherCharacteristic |
      | A.5.23 | outsourcedServices | A.5.19 | externalParties |

    @A.5.34 @nonconforming
    Examples: A.5.34 Privacy and protection of personal data (PII)
      | control | characteristic | other | otherCharacteristic |
      | A.5.34 | personalData | A.5.19 | externalParties |

    @A.6.7 @nonconforming
    Examples: A.6.7 Remote working
      | control | characteristic | other | otherCharacteristic |
      | A.6.7 | teleworking | A.5.19 | externalParties |

    @A.7.1 @nonconforming
    Examples: A.7.1 Physical security perimeters
      | control | characteristic | other | otherCharacteristic |
      | A.7.1 | premises | A.5.19 | externalParties |

    @A.7.2 @nonconforming
    Examples: A.7.2 Physical entry
      | control | characteristic | other | otherCharacteristic |
      | A.7.2 | premises | A.5.19 | externalParties |

    @A.7.3 @nonconforming
    Examples: A.7.3 Securing offices, rooms and facilities
      | control | characteristic | other | otherCharacteristic |
      | A.7.3 | premises | A.5.19 | externalParties |

    @A.7.4 @nonconforming
    Examples: A.7.4 Physical security monitoring
      | control | characteristic | other | otherCharacteristic |
      | A.7.4 | premises | A.5.19 | externalParties |

    @A.7.5 @nonconforming
    Examples: A.7.5 Protecting against physical and environmental threats
      | control | characteristic | other | otherCharacteristic |
      | A.7.5 | premises | A.5.19 | externalParties |

    @A.7.6 @nonconforming
    Examples: A.7.6 Working in secure areas
      | control | characteristic | other | otherCharacteristic |
      | A.7.6 | premises | A.5.19 | externalParties |

    @A.7.9 @nonconforming
    Examples: A.7.9 Security of assets off-premises
      | control | characteristic | other | otherCharacteristic |
      | A.7.9 | equipmentOffPremises | A.5.19 | externalParties |

    @A.7.10 @nonconforming
    Examples: A.7.10 Storage media
      | control | characteristic | other | otherCharacteristic |
      | A.7.10 | removableMedia | A.5.19 | externalParties |

    @A.7.11 @nonconforming
    Examples: A.7.11 Supporting utilities
      | control | characteristic | other | otherCharacteristic |
      | A.7.11 | premises | A.5.19 | externalParties |

    @A.7.12 @nonconforming
    Examples: A.7.12 Cabling security
      | control | characteristic | other | otherCharacteristic |
      | A.7.12 | premises | A.5.19 | externalParties |

    @A.8.4 @nonconforming
    Examples: A.8.4 Access to source code
      | control | characteristic | other | otherCharacteristic |
      | A.8.4 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.11 @nonconforming
    Examples: A.8.11 Data masking
      | control | characteristic | other | otherCharacteristic |
      | A.8.11 | personalData | A.5.19 | externalParties |

    @A.8.20 @nonconforming
    Examples: A.8.20 Networks security
      | control | characteristic | other | otherCharacteristic |
      | A.8.20 | networks | A.5.19 | externalParties |

    @A.8.21 @nonconforming
    Examples: A.8.21 Security of network services
      | control | characteristic | other | otherCharacteristic |
      | A.8.21 | networks | A.5.19 | externalParties |

    @A.8.22 @nonconforming
    Examples: A.8.22 Segregation of networks
      | control | characteristic | other | otherCharacteristic |
      | A.8.22 | networks | A.5.19 | externalParties |

    @A.8.25 @nonconforming
    Examples: A.8.25 Secure development life cycle
      | control | characteristic | other | otherCharacteristic |
      | A.8.25 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.27 @nonconforming
    Examples: A.8.27 Secure system architecture and engineering principles
      | control | characteristic | other | otherCharacteristic |
      | A.8.27 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.28 @nonconforming
    Examples: A.8.28 Secure coding
      | control | characteristic | other | otherCharacteristic |
      | A.8.28 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.29 @nonconforming
    Examples: A.8.29 Security testing in development and acceptance
      | control | characteristic | other | otherCharacteristic |
      | A.8.29 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.30 @nonconforming
    Examples: A.8.30 Outsourced development
      | control | characteristic | other | otherCharacteristic |
      | A.8.30 | outsourcedDevelopment | A.5.19 | externalParties |

    @A.8.31 @nonconforming
    Examples: A.8.31 Separation of development, test and production environments
      | control | characteristic | other | otherCharacteristic |
      | A.8.31 | softwareDevelopment | A.5.19 | externalParties |

    @A.8.33 @nonconforming
    Examples: A.8.33 Test information
      | control | characteristic | other | otherCharacteristic |
      | A.8.33 | softwareDevelopment | A.5.19 | externalParties |
