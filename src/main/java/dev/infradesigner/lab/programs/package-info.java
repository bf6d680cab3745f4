/**
 * The small programs the lab runs inside its namespaces, each its own JVM: the stand-in application on
 * every application server, and the users' load and port probes. They depend on nothing else of ours, so
 * what they do is plain to read and what they print is all the lab learns from them.
 */
package dev.infradesigner.lab.programs;
