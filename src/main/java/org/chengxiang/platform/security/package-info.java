/**
 * Who the current user is, their roles and department scope, and the web security rules.
 */
@org.springframework.modulith.NamedInterface("security")
package org.chengxiang.platform.security;
