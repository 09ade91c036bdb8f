/** Models of a table STORM for Python 0.1 writes: every model here and below takes its key layout. */
@DefaultKeyLayout(KeyLayout.STORM_0_1)
package dev.storm.model.seed;

import dev.storm.DefaultKeyLayout;
import dev.storm.KeyLayout;
