/**
 * What every module uses: embedded database bootstrap, security, audit trail, personal-data crypto,
 * working-day calendar and the web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.chengxiang.platform;
