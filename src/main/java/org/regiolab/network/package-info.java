/**
 * The regional network: organisations, alliances and who belongs to which. The rest of RegioLab
 * refers to it by id through {@link org.regiolab.network.NetworkDirectory}.
 */
package org.regiolab.network;
