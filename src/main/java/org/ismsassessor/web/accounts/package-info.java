/** Users, their roles and grants to clients, API tokens, and the security set-up that enforces them. */
package org.ismsassessor.web.accounts;
