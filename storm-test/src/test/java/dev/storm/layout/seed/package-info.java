/** The models of a table STORM for Python 0.1 shares: the package gives them its key layout. */
@DefaultKeyLayout(KeyLayout.STORM_0_1)
package dev.storm.layout.seed;

import dev.storm.DefaultKeyLayout;
import dev.storm.KeyLayout;
