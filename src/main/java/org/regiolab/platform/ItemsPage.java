package org.regiolab.platform;

import java.util.List;

/**
 * One page of a list as every list endpoint of the API answers it.
 * @param items the items on this page
 * @param total how many items the whole list has
 * @param page the page's number, from 0
 * @param size how many items a page holds at most
 */
public record ItemsPage<T>(List<T> items, long total, int page, int size) {
}
