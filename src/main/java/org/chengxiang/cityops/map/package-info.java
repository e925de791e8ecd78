/**
 * The city map's data: the grid with its outlines, and search by place within the user's scope.
 */
package org.chengxiang.cityops.map;
