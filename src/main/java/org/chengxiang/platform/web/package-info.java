/**
 * The web shell: layout, locale, error pages and API problem details.
 */
@org.springframework.modulith.NamedInterface("web")
package org.chengxiang.platform.web;
