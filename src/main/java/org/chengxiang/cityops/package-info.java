/**
 * City operations (一网统管): the grid, city-management cases on the GB/T 30428 workflow, sensors and their
 * alarms, and the operations dashboard, each a nested module ({@code cases}, {@code sensors}, {@code grid},
 * {@code dashboard}, {@code map}). This package holds only what the cases and the sensors share: the alarm events
 * the sensors publish and the cases hear.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City operations", allowedDependencies = {})
package org.chengxiang.cityops;
