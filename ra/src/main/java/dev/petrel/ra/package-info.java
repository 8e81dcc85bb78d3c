/**
 * Jakarta Connectors 2.1 resource adapter: outbound connection factories (XA and local), inbound MDB
 * activation and admin objects. Filled by the resource-adapter issue; the application server's transaction
 * manager drives it. The module is packaged as a jar until it holds its ra.xml, then as a rar.
 */
package dev.petrel.ra;
