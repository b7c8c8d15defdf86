/**
 * Lesson text for the terminal: Markdown (commonmark + GFM tables) laid out as styled, wrapped lines whose widths
 * count CJK characters as two columns. Depends on commonmark and JLine's styled strings only; knows no lessons.
 */
package io.dockertutor.tutor.render;
